// Scoring topic extraction against labelled lines (eval/README.md): `expect` ids must be
// found; `allow` ids may be found without counting against precision.

/** `family`: the kind of language the line tests ("negation", "glossary"…); `source`: who wrote it. */
export type LabelledQuery = {
  q: string;
  expect: readonly string[];
  allow?: readonly string[];
  family?: string;
  source?: string;
};

export type LineResult = {
  q: string;
  found: readonly string[];
  /** expected ids that were not found */
  missed: readonly string[];
  /** found ids that are neither expected nor allowed */
  extra: readonly string[];
};

export type TopicScore = {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** micro-F1 over every id of every line */
  f1: number;
  lines: readonly LineResult[];
};

export function scoreLine(line: LabelledQuery, found: readonly string[]): LineResult {
  const foundSet = new Set(found);
  const expected = new Set(line.expect);
  const allowed = new Set(line.allow ?? []);
  return {
    q: line.q,
    found,
    missed: [...expected].filter((id) => !foundSet.has(id)),
    extra: [...foundSet].filter((id) => !expected.has(id) && !allowed.has(id)),
  };
}

/** Micro precision/recall/F1; an empty set scores 1 (nothing expected, nothing wrongly found). */
export function scoreTopics(
  lines: readonly LabelledQuery[],
  extract: (query: string) => readonly string[],
): TopicScore {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const results = lines.map((line) => {
    const result = scoreLine(line, extract(line.q));
    truePositives += new Set(line.expect).size - result.missed.length;
    falsePositives += result.extra.length;
    falseNegatives += result.missed.length;
    return result;
  });
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1, lines: results };
}

/** One JSON object per non-blank line. */
export function parseLabelledLines(jsonl: string): LabelledQuery[] {
  return jsonl
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as LabelledQuery);
}

/** Lines without a family are scored as this one. */
export const UNTAGGED = '(untagged)';

/** The score of each family of lines, in order of first appearance. */
export function scoreTopicsByFamily(
  lines: readonly LabelledQuery[],
  extract: (query: string) => readonly string[],
): Map<string, TopicScore> {
  const byFamily = new Map<string, LabelledQuery[]>();
  for (const line of lines) {
    const family = line.family ?? UNTAGGED;
    byFamily.set(family, [...(byFamily.get(family) ?? []), line]);
  }
  return new Map([...byFamily].map(([family, ls]) => [family, scoreTopics(ls, extract)]));
}
