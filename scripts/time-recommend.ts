// `pnpm time:recommend [file.jsonl]`: mean time per query of reading a video request
// (understandQuery) and of recommending from that reading (recommend), over a labelled query set
// (default: the first 1,500 queries of topics.extra.jsonl), in CPU time. A quick before/after check, not a
// benchmark.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { recommend, type ViewerHistory } from '../packages/api/src/domain/recommend';
import { understandQuery } from '../packages/api/src/domain/understand';

const here = path.dirname(fileURLToPath(import.meta.url));
const file = process.argv[2]
  ? path.resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2])
  : path.join(here, '../packages/api/test/fixtures/topics.extra.jsonl');
// the default set stays the same 1,500 queries as the fixture grows, so timings stay comparable
const DEFAULT_QUERIES = 1500;
const queries = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { q: string }).q)
  .slice(0, process.argv[2] ? undefined : DEFAULT_QUERIES);

const viewer: ViewerHistory = { belt: 'blue', requestCount: 3, recentTopics: [], recentRequests: [], feedback: [] };
const ROUNDS = 5;

// CPU time, not wall time: on a shared machine other processes' load should not count.
function meanMicros(run: () => void): number {
  run(); // warm-up: caches, JIT
  const start = process.cpuUsage();
  for (let i = 0; i < ROUNDS; i++) run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / (ROUNDS * queries.length);
}

const readings = queries.map((q) => understandQuery(q));
const understand = meanMicros(() => {
  for (const q of queries) understandQuery(q);
});
const rank = meanMicros(() => {
  for (const r of readings) recommend(r, viewer);
});
console.log(`${queries.length} queries × ${ROUNDS} rounds, CPU time (${file})`);
console.log(`understandQuery  ${understand.toFixed(1)} µs/query`);
console.log(`recommend        ${rank.toFixed(1)} µs/query`);
console.log(`together         ${(understand + rank).toFixed(1)} µs/query`);
