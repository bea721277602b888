// `pnpm time:recommend [file.jsonl]`: mean time per query of reading a video request
// (understandQuery) and of recommending from that reading (recommend), over a labelled query set
// (default: the 1,500 queries of topics.extra.jsonl). A quick before/after check, not a benchmark.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { recommend, type ViewerHistory } from '../packages/api/src/domain/recommend';
import { understandQuery } from '../packages/api/src/domain/understand';

const here = path.dirname(fileURLToPath(import.meta.url));
const file = process.argv[2]
  ? path.resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2])
  : path.join(here, '../packages/api/test/fixtures/topics.extra.jsonl');
const queries = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { q: string }).q);

const viewer: ViewerHistory = { belt: 'blue', requestCount: 3, recentTopics: [], recentVideoIds: [], feedback: [] };
const ROUNDS = 5;

function meanMicros(run: () => void): number {
  run(); // warm-up: caches, JIT
  const start = process.hrtime.bigint();
  for (let i = 0; i < ROUNDS; i++) run();
  return Number(process.hrtime.bigint() - start) / 1000 / (ROUNDS * queries.length);
}

const readings = queries.map((q) => understandQuery(q));
const understand = meanMicros(() => {
  for (const q of queries) understandQuery(q);
});
const rank = meanMicros(() => {
  for (const r of readings) recommend(r, viewer);
});
console.log(`${queries.length} queries × ${ROUNDS} rounds (${file})`);
console.log(`understandQuery  ${understand.toFixed(1)} µs/query`);
console.log(`recommend        ${rank.toFixed(1)} µs/query`);
console.log(`together         ${(understand + rank).toFixed(1)} µs/query`);
