// `pnpm eval:ranking [file.jsonl] [--misses] [--last N]`: nDCG@3 and P@1 of the recommendations
// against a coach's graded judgments (default: packages/api/test/fixtures/ranking.graded.jsonl),
// overall and per family. Each query is read (understandQuery) and answered (recommend) as for a new
// user with no history. Fails below the floors. `--last N` scores only the file's last N lines, with
// the coach tally and the graded neighbours made from the lines before them alone: how questions
// nobody has graded yet are answered (the blind rounds were appended in order).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VIDEO_LIBRARY } from '../packages/api/src/data/videos';
import { aggregate, byFamily, parseGradedLines, scoreLine } from '../packages/api/src/domain/ranking-scoring';
import { understandQuery, type QueryUnderstanding } from '../packages/api/src/domain/understand';
import { TOPIC_FAMILIES } from '../packages/api/src/data/topic-families';
import { answerGraded, answererFrom, GRADED_SET } from './ranking-answers';

// The bars are nDCG@3 ≥ 0.85 and P@1 ≥ 0.75 on the product owner's hidden set, read through the
// API; CI keeps these floors, just under what this set scores, so that no change makes recommending
// worse than it is. When a new blind round joins the set it is harder than the lines before it, and
// the floors follow it down (docs/ranking.md, "Measuring").
const FLOORS = { ndcg: 0.81, p1: 0.84 };

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
// `--readings file.jsonl`: what each query should be read as ({ q, topics, excluded, general, …,
// family: label }), to score the recommending alone, as if the reading were right.
const readingsArg = args[args.indexOf('--readings') + 1];
const last = args.includes('--last') ? Number(args[args.indexOf('--last') + 1]) : null;
const fileArg = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--readings' && args[i - 1] !== '--last');
const file = fileArg ? path.resolve(process.env.INIT_CWD ?? process.cwd(), fileArg) : GRADED_SET;

const allLines = parseGradedLines(readFileSync(file, 'utf8'));
if (last !== null && !(Number.isInteger(last) && last > 0 && last < allLines.length))
  throw new Error(`--last takes a count of lines under ${allLines.length}`);
const lines = last === null ? allLines : allLines.slice(-last);
const answer = last === null ? answerGraded : answererFrom(allLines.slice(0, -last));
const known = new Set(VIDEO_LIBRARY.map((v) => v.id));
const unknown = [...new Set(lines.flatMap((l) => Object.keys(l.grades)).filter((id) => !known.has(id)))];
if (unknown.length) console.log(`graded ids not in the library (count as unreachable): ${unknown.join(', ')}\n`);

type Reading = Partial<Omit<QueryUnderstanding, 'family'>> & { q: string; family?: string };
const readings = new Map<string, Reading>(
  args.includes('--readings')
    ? readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), readingsArg!), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Reading)
        .map((r) => [r.q, r])
    : [],
);
function read(q: string): QueryUnderstanding {
  const reading = understandQuery(q);
  const override = readings.get(q);
  if (!override) return reading;
  const { family, ...rest } = override;
  return {
    ...reading,
    ...rest,
    family: family ? (TOPIC_FAMILIES.find((f) => f.label === family) ?? null) : reading.family,
  };
}

const scores = lines.map((line) => scoreLine(line, answer(line, read(line.q))));

const f3 = (x: number) => x.toFixed(3);
if (showMisses) {
  for (const s of scores) {
    if ((s.ndcg === null || s.ndcg >= 0.999) && s.firstIsHandedOver !== false) continue;
    const graded = Object.entries(s.line.grades)
      .map(([id, g]) => `${id}:${g}`)
      .join(' ');
    console.log(`✗ [${s.line.family}] ${JSON.stringify(s.line.q)}  nDCG ${s.ndcg === null ? '—' : f3(s.ndcg)}`);
    console.log(`    got  ${s.returned.map((id) => `${id}:${s.line.grades[id] ?? 0}`).join(' ')}`);
    console.log(`    want ${graded}`);
  }
  console.log('');
}

const row = (name: string, a: ReturnType<typeof aggregate>) =>
  `${name.padEnd(16)} ${String(a.lines).padStart(4)}  nDCG@3 ${f3(a.ndcg)} (${a.ndcgLines})  P@1 ${f3(a.p1)} (${a.p1Lines})  off-target ${f3(a.offTarget)}`;
console.log(`${file}`);
for (const [family, a] of byFamily(scores)) console.log(row(family, a));
const all = aggregate(scores);
console.log(row('ALL', all));
if (last === null && (all.ndcg < FLOORS.ndcg || all.p1 < FLOORS.p1)) {
  console.log(`below the floors (nDCG@3 ${FLOORS.ndcg}, P@1 ${FLOORS.p1})`);
  process.exitCode = 1;
}
