// `pnpm eval:profile [file.jsonl]`: accuracy of profile-answer parsing on a labelled set,
// overall and per field, then every miss. Defaults to the shared sample beside the repo.

import { readFileSync } from 'node:fs';
import { labelledSamplePath } from './sample-path';
import { parseProfileAnswer } from '../packages/api/src/domain/profile-answers';
import { parseProfileSamples, scoreProfileSamples } from '../packages/api/src/domain/profile-scoring';

// shared/eval/README.md: the quality bar on the hidden set.
const BAR = 0.95;

const file = labelledSamplePath('profile.sample.jsonl', process.argv[2]);

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const result = scoreProfileSamples(parseProfileSamples(readFileSync(file, 'utf8')), parseProfileAnswer);

console.log(`profile answers: ${file}`);
console.log(`overall  ${percent(result.accuracy)}  (${result.correct}/${result.total})`);
for (const [field, s] of Object.entries(result.byField)) {
  console.log(`  ${field.padEnd(20)} ${percent(s.accuracy).padStart(6)}  (${s.correct}/${s.total})`);
}
if (result.misses.length > 0) {
  console.log(`\nmisses (${result.misses.length}):`);
  for (const miss of result.misses) {
    console.log(
      `  [${miss.field}] ${JSON.stringify(miss.text)} → got ${JSON.stringify(miss.got)}, expected ${JSON.stringify(miss.expect)}`,
    );
  }
}

// Non-zero exit below the bar, so CI can run it as a check.
if (result.accuracy < BAR) process.exitCode = 1;
