// `pnpm eval:profile [file.jsonl…]`: accuracy of profile-answer parsing on labelled sets (default: the
// shared sample), overall, per field and per family of lines, then every miss. Fails below the floors
// of eval-floors.ts (a stress set's own floor, STRESS_FLOORS, for the file of that name).
import { readFileSync } from 'node:fs';
import { labelledSamplePath } from './sample-path';
import { FLOORS, familyLine, pct, stressFloorOf } from './eval-floors';
import { parseProfileAnswer } from '../packages/api/src/domain/profile-answers';
import {
  parseProfileSamples,
  scoreProfileByFamily,
  scoreProfileSamples,
} from '../packages/api/src/domain/profile-scoring';

const files = process.argv.length > 2 ? process.argv.slice(2) : [undefined];
let ok = true;
for (const arg of files) {
  const file = labelledSamplePath('profile.sample.jsonl', arg);
  const samples = parseProfileSamples(readFileSync(file, 'utf8'));
  const stress = stressFloorOf(file);
  const result = scoreProfileSamples(samples, parseProfileAnswer);
  if (result.misses.length > 0) {
    console.log(`misses (${result.misses.length}):`);
    for (const miss of result.misses) {
      console.log(
        `  [${miss.field}] ${JSON.stringify(miss.text)} → got ${JSON.stringify(miss.got)}, expected ${JSON.stringify(miss.expect)}`,
      );
    }
  }
  console.log(`\nprofile answers: ${file}`);
  for (const [field, s] of Object.entries(result.byField)) {
    console.log(`  ${field.padEnd(24)} ${pct(s.accuracy).padStart(7)}  (${s.correct}/${s.total})`);
  }
  console.log('  by family:');
  for (const [family, s] of scoreProfileByFamily(samples, parseProfileAnswer))
    ok = familyLine(family, s.total, s.accuracy, pct(s.accuracy), stress === undefined) && ok;
  console.log(`overall  ${pct(result.accuracy)}  (${result.correct}/${result.total})\n`);
  const floor = stress ?? FLOORS.profile;
  if (result.accuracy < floor) {
    console.log(`✗ accuracy below ${floor}`);
    ok = false;
  }
}
if (!ok) process.exitCode = 1;
