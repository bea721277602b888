// Scoring recommendations against a coach's graded judgments: each line is a query, its family, and
// the videos a coach would hand over (grade 2) or that help in part (grade 1); anything else is 0.
// nDCG@3 over the lines that have a fitting video, P@1 (the first video is one the coach would hand
// over) over the technique lines. Pure: callers read files and run the recommender.

export type Grade = 0 | 1 | 2;

export interface GradedQuery {
  q: string;
  /** The kind of message ("defence", "negation", "general", …): scores are printed per family. */
  family: string;
  /** Video id → grade; ids not listed are grade 0. Empty when nothing in the library fits. */
  grades: Readonly<Record<string, Grade>>;
}

export interface LineScore {
  line: GradedQuery;
  returned: readonly string[];
  /** null when the line has no fitting video (nDCG is undefined there). */
  ndcg: number | null;
  /** null when the line asks no technique or has no video a coach would hand over. */
  firstIsHandedOver: boolean | null;
}

export interface Aggregate {
  lines: number;
  ndcg: number;
  ndcgLines: number;
  p1: number;
  p1Lines: number;
  /** Of the videos returned for lines with a fitting video, the share the coach graded 0: replies that hold a video that does not help. */
  offTarget: number;
}

export const K = 3;
/** Families that ask no technique: not counted in P@1. */
export const NON_TECHNIQUE_FAMILIES: ReadonlySet<string> = new Set(['general', 'small_talk', 'no_topic']);

const gain = (grade: number): number => 2 ** grade - 1;
const discount = (rank: number): number => 1 / Math.log2(rank + 2);

export function ndcgAt(returned: readonly string[], grades: Readonly<Record<string, number>>, k = K): number | null {
  const ideal = Object.values(grades)
    .filter((g) => g > 0)
    .sort((a, b) => b - a)
    .slice(0, k);
  if (!ideal.length) return null;
  const idcg = ideal.reduce((sum, g, i) => sum + gain(g) * discount(i), 0);
  const dcg = returned.slice(0, k).reduce((sum, id, i) => sum + gain(grades[id] ?? 0) * discount(i), 0);
  return dcg / idcg;
}

export function scoreLine(line: GradedQuery, returned: readonly string[]): LineScore {
  const handsOver = Object.values(line.grades).some((g) => g === 2);
  return {
    line,
    returned,
    ndcg: ndcgAt(returned, line.grades),
    firstIsHandedOver:
      NON_TECHNIQUE_FAMILIES.has(line.family) || !handsOver ? null : line.grades[returned[0] ?? ''] === 2,
  };
}

export function aggregate(scores: readonly LineScore[]): Aggregate {
  const ndcgs = scores.map((s) => s.ndcg).filter((n): n is number => n !== null);
  const firsts = scores.map((s) => s.firstIsHandedOver).filter((f): f is boolean => f !== null);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const returned = scores.filter((s) => s.ndcg !== null).flatMap((s) => s.returned.map((id) => s.line.grades[id] ?? 0));
  return {
    lines: scores.length,
    ndcg: mean(ndcgs),
    ndcgLines: ndcgs.length,
    p1: mean(firsts.map((f) => (f ? 1 : 0))),
    p1Lines: firsts.length,
    offTarget: mean(returned.map((g) => (g === 0 ? 1 : 0))),
  };
}

export function byFamily(scores: readonly LineScore[]): Map<string, Aggregate> {
  const groups = new Map<string, LineScore[]>();
  for (const s of scores) groups.set(s.line.family, [...(groups.get(s.line.family) ?? []), s]);
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([f, list]) => [f, aggregate(list)]));
}

/**
 * One JSON object per non-blank line: `{ q, family, grades: { id: 2 | 1 } }`. Lines written as
 * `{ q, family, relevant: [{ id, grade }] }` or with `videos` instead of `grades` read the same.
 */
export function parseGradedLines(jsonl: string): GradedQuery[] {
  return jsonl
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('//'))
    .map((l, i) => {
      const raw = JSON.parse(l) as Record<string, unknown>;
      const q = raw.q ?? raw.query;
      if (typeof q !== 'string') throw new Error(`line ${i + 1}: no query`);
      return { q, family: typeof raw.family === 'string' ? raw.family : 'other', grades: gradesOf(raw, i) };
    });
}

function gradesOf(raw: Record<string, unknown>, i: number): Record<string, Grade> {
  const source = raw.grades ?? raw.videos ?? raw.relevant ?? {};
  const pairs: [string, unknown][] = Array.isArray(source)
    ? source.map((r: { id?: string; videoId?: string; grade?: unknown }) => [r.id ?? r.videoId ?? '', r.grade])
    : Object.entries(source as Record<string, unknown>);
  const grades: Record<string, Grade> = {};
  for (const [id, grade] of pairs) {
    if (grade !== 0 && grade !== 1 && grade !== 2) throw new Error(`line ${i + 1}: grade of ${id} is not 0, 1 or 2`);
    if (grade > 0) grades[id] = grade;
  }
  return grades;
}
