// `pnpm fit:coach-picks`: tallies what coaches handed over in the graded set
// (packages/api/test/fixtures/ranking.graded.jsonl) by what each question is read as, into
// packages/api/src/data/coach-picks.json (domain/coach-picks.ts), and ships the graded questions
// themselves as packages/api/src/data/graded-questions.json (domain/neighbour-picks.ts); ranking reads
// both. Run it after the graded set grows or the reading of its questions changes; a test says when
// either is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tallyGradedSet } from '../packages/api/src/domain/coach-picks';
import { parseGradedLines } from '../packages/api/src/domain/ranking-scoring';

const api = path.join(path.dirname(fileURLToPath(import.meta.url)), '../packages/api');
const lines = parseGradedLines(readFileSync(path.join(api, 'test/fixtures/ranking.graded.jsonl'), 'utf8'));
const table = tallyGradedSet(lines);
writeFileSync(path.join(api, 'src/data/coach-picks.json'), `${JSON.stringify(table, null, 1)}\n`);
writeFileSync(
  path.join(api, 'src/data/graded-questions.json'),
  `[\n${lines.map((l) => JSON.stringify({ q: l.q, grades: l.grades })).join(',\n')}\n]\n`,
);
console.log(`${lines.length} graded questions → ${Object.keys(table).length} keys`);
