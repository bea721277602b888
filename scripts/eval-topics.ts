// `pnpm eval:topics [file.jsonl]`: precision, recall and micro-F1 of topic extraction on a labelled
// set (default: the shared sample), with every line that misses or over-finds.
import { readFileSync } from 'node:fs';
import { labelledSamplePath } from './sample-path';
import { extractTopics } from '../packages/api/src/domain/topics';
import { parseLabelledLines, scoreTopics } from '../packages/api/src/domain/topic-scoring';

const file = labelledSamplePath('topics.sample.jsonl', process.argv[2]);

const score = scoreTopics(parseLabelledLines(readFileSync(file, 'utf8')), extractTopics);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

for (const line of score.lines) {
  if (line.missed.length === 0 && line.extra.length === 0) continue;
  const parts = [
    line.missed.length > 0 ? `missed ${line.missed.join(', ')}` : '',
    line.extra.length > 0 ? `false positive ${line.extra.join(', ')}` : '',
  ].filter(Boolean);
  console.log(`✗ ${JSON.stringify(line.q)} → [${line.found.join(', ')}]  ${parts.join('; ')}`);
}
console.log(`\n${file}: ${score.lines.length} queries`);
console.log(`precision ${pct(score.precision)}  recall ${pct(score.recall)}  micro-F1 ${score.f1.toFixed(3)}`);
console.log(`(TP ${score.truePositives}, FP ${score.falsePositives}, FN ${score.falseNegatives})`);
// shared/eval/README.md: the bar on the hidden set is micro-F1 ≥ 0.95; below it the run fails.
if (score.f1 < 0.95) process.exitCode = 1;
