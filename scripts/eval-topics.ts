// `pnpm eval:topics [file.jsonl…]`: precision, recall and micro-F1 of the topics `videos.request`
// replies with (understandQuery's askedTopics) on labelled sets (default: the shared sample), per
// family of lines and overall, with every line that misses or over-finds. Fails below the floors of
// eval-floors.ts (a stress set's own floor, STRESS_FLOORS, for the file of that name).
import { readFileSync } from 'node:fs';
import { labelledSamplePath } from './sample-path';
import { FLOORS, familyLine, pct, stressFloorOf } from './eval-floors';
import { understandQuery } from '../packages/api/src/domain/understand';
import { parseLabelledLines, scoreTopics, scoreTopicsByFamily } from '../packages/api/src/domain/topic-scoring';

const askedTopics = (query: string) => understandQuery(query).askedTopics;
const files = process.argv.length > 2 ? process.argv.slice(2) : [undefined];
let ok = true;
for (const arg of files) {
  const file = labelledSamplePath('topics.sample.jsonl', arg);
  const lines = parseLabelledLines(readFileSync(file, 'utf8'));
  const stress = stressFloorOf(file);
  // each line read once, for the overall score and the families' alike
  const readings = new Map(lines.map((l) => [l.q, askedTopics(l.q)]));
  const read = (q: string) => readings.get(q) ?? askedTopics(q);
  const score = scoreTopics(lines, read);
  for (const line of score.lines) {
    if (line.missed.length === 0 && line.extra.length === 0) continue;
    const parts = [
      line.missed.length > 0 ? `missed ${line.missed.join(', ')}` : '',
      line.extra.length > 0 ? `false positive ${line.extra.join(', ')}` : '',
    ].filter(Boolean);
    console.log(`✗ ${JSON.stringify(line.q)} → [${line.found.join(', ')}]  ${parts.join('; ')}`);
  }
  console.log(`\n${file}: ${lines.length} queries`);
  // a family is held to the share of its lines read exactly right: F1 says little of a family of
  // lines that expect no topic at all ("everyday" words)
  for (const [family, s] of scoreTopicsByFamily(lines, read)) {
    const right = s.lines.filter((l) => l.missed.length === 0 && l.extra.length === 0).length / s.lines.length;
    const shown = `F1 ${s.f1.toFixed(3)}, lines right ${pct(right)}`;
    ok = familyLine(family, s.lines.length, right, shown, stress === undefined) && ok;
  }
  console.log(`precision ${pct(score.precision)}  recall ${pct(score.recall)}  micro-F1 ${score.f1.toFixed(3)}`);
  console.log(`(TP ${score.truePositives}, FP ${score.falsePositives}, FN ${score.falseNegatives})\n`);
  const floor = stress ?? FLOORS.topics;
  if (score.f1 < floor) {
    console.log(`✗ micro-F1 below ${floor}`);
    ok = false;
  }
}
if (!ok) process.exitCode = 1;
