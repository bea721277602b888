// `pnpm bench:understand [file.jsonl]`: the mean time `understandQuery` takes per query over a labelled
// topics set (default: fixtures/topics.extra.jsonl, 1,500 queries), after a warm-up pass. Pure CPU, no
// server: this is the language half of a video request's cost, measured alone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { understandQuery } from '../packages/api/src/domain/understand';
import { parseLabelledLines } from '../packages/api/src/domain/topic-scoring';

const here = path.dirname(fileURLToPath(import.meta.url));
const file = process.argv[2]
  ? path.resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2])
  : path.resolve(here, '../packages/api/test/fixtures/topics.extra.jsonl');
const queries = parseLabelledLines(readFileSync(file, 'utf8')).map((l) => l.q);
const PASSES = Number(process.env.BENCH_PASSES ?? 20);

let sink = 0;
const pass = (): void => {
  for (const q of queries) sink += understandQuery(q).topics.length;
};
for (let i = 0; i < 5; i++) pass();

const perPass: number[] = [];
for (let i = 0; i < PASSES; i++) {
  const start = performance.now();
  pass();
  perPass.push((performance.now() - start) / queries.length);
}
perPass.sort((a, b) => a - b);
const us = (ms: number): string => `${(ms * 1000).toFixed(1)} µs`;
console.log(`${file}: ${queries.length} queries × ${PASSES} passes`);
console.log(
  `understandQuery per query: median pass ${us(perPass[Math.floor(PASSES / 2)] ?? 0)}, best ${us(perPass[0] ?? 0)}, worst ${us(perPass[PASSES - 1] ?? 0)}`,
);
if (sink < 0) console.log(sink);
