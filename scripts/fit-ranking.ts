// `pnpm fit:ranking [file.jsonl]`: a coordinate search over the ranking's weights
// (packages/api/src/data/ranking-weights.ts) against the graded set, maximising nDCG@3 + P@1 / 2.
// It prints the weights it would change and the scores before and after; a person decides what to
// keep, after checking the candidate on a blind set (docs/labelling.md). The slot-filling floors and
// the weights of a user's history (which the graded set cannot see) are left alone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RANKING_WEIGHTS, type RankingWeight } from '../packages/api/src/data/ranking-weights';
import { aggregate, parseGradedLines, scoreLine } from '../packages/api/src/domain/ranking-scoring';
import { understandQuery } from '../packages/api/src/domain/understand';
import { answerGraded, GRADED_SET } from './ranking-answers';

const NOT_FITTED: ReadonlySet<RankingWeight> = new Set([
  'MIN_RELEVANCE',
  'MIN_FIRST',
  'RELATIVE_TO_BEST',
  'MAX_SHARED_WORDS',
  'ATTIRE_FIT',
  'ATTIRE_HISTORY_CLASH',
  'HELPFUL_INSTRUCTOR',
]);
const STEPS = [0, 0.5, 0.75, 1.25, 1.5, 2];
const PASSES = 2;

const fileArg = process.argv[2];
const file = fileArg ? path.resolve(process.env.INIT_CWD ?? process.cwd(), fileArg) : GRADED_SET;
const lines = parseGradedLines(readFileSync(file, 'utf8'));
// reading a query does not depend on the weights: read each once
const readings = lines.map((l) => understandQuery(l.q));

function score() {
  const a = aggregate(lines.map((l, i) => scoreLine(l, answerGraded(l, readings[i]!))));
  return { ndcg: a.ndcg, p1: a.p1, objective: a.ndcg + a.p1 / 2 };
}

const start = { ...RANKING_WEIGHTS };
const before = score();
let best = before.objective;
for (let pass = 0; pass < PASSES; pass++) {
  for (const name of Object.keys(RANKING_WEIGHTS) as RankingWeight[]) {
    if (NOT_FITTED.has(name)) continue;
    const current = RANKING_WEIGHTS[name];
    let chosen = current;
    for (const step of STEPS) {
      // the weights live in one module object: trying a value is setting it in place
      RANKING_WEIGHTS[name] = current * step;
      const { objective } = score();
      if (objective > best + 1e-4) [best, chosen] = [objective, current * step];
    }
    RANKING_WEIGHTS[name] = chosen;
  }
}
const after = score();
const f3 = (x: number) => x.toFixed(3);
console.log(`${file}: ${lines.length} lines`);
console.log(`before  nDCG@3 ${f3(before.ndcg)}  P@1 ${f3(before.p1)}`);
console.log(`after   nDCG@3 ${f3(after.ndcg)}  P@1 ${f3(after.p1)}`);
for (const name of Object.keys(start) as RankingWeight[])
  if (start[name] !== RANKING_WEIGHTS[name])
    console.log(`  ${name}: ${start[name]} → ${+RANKING_WEIGHTS[name].toFixed(4)}`);
