// Scores profile-answer parsing against labelled samples (eval/README.md): numbers are right
// within ±0.5, `expect: null` means the answer must be "not understood". Pure: callers read files.

import { PROFILE_FIELDS, type ProfileField, type ProfileValue } from './profile-answers';

export const NUMBER_TOLERANCE = 0.5;

export interface ProfileSample {
  readonly field: ProfileField;
  readonly text: string;
  readonly expect: ProfileValue | null;
  /** The kind of answer the line tests ("adds_up", "promotion"…), when tagged. */
  readonly family?: string;
}

export interface ProfileMiss extends ProfileSample {
  readonly got: ProfileValue | null;
}

export interface FieldScore {
  readonly total: number;
  readonly correct: number;
  readonly accuracy: number;
}

export interface ProfileScore extends FieldScore {
  readonly byField: Readonly<Record<ProfileField, FieldScore>>;
  readonly misses: readonly ProfileMiss[];
}

const isField = (value: unknown): value is ProfileField =>
  typeof value === 'string' && (PROFILE_FIELDS as readonly string[]).includes(value);

/** One sample per non-blank line; throws on a malformed line so a broken set never scores silently. */
export function parseProfileSamples(jsonl: string): ProfileSample[] {
  return jsonl
    .split(/\r?\n/)
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, index }) => {
      const row: unknown = JSON.parse(line);
      if (typeof row !== 'object' || row === null) throw new Error(`line ${index + 1}: not an object`);
      const { field, text, expect, family } = row as Record<string, unknown>;
      const expectOk = expect === null || typeof expect === 'string' || typeof expect === 'number';
      if (!isField(field) || typeof text !== 'string' || !expectOk) throw new Error(`line ${index + 1}: bad sample`);
      return typeof family === 'string' ? { field, text, expect, family } : { field, text, expect };
    });
}

export function isCorrect(expect: ProfileValue | null, got: ProfileValue | null): boolean {
  if (expect === null || got === null) return expect === got;
  if (typeof expect === 'number') return typeof got === 'number' && Math.abs(got - expect) <= NUMBER_TOLERANCE;
  return got === expect;
}

const score = (correct: number, total: number): FieldScore => ({
  total,
  correct,
  accuracy: total === 0 ? 1 : correct / total,
});

export function scoreProfileSamples(
  samples: readonly ProfileSample[],
  parse: (field: ProfileField, text: string) => ProfileValue | null,
): ProfileScore {
  const misses: ProfileMiss[] = [];
  const tally = new Map<ProfileField, { total: number; correct: number }>(
    PROFILE_FIELDS.map((f) => [f, { total: 0, correct: 0 }]),
  );
  for (const sample of samples) {
    const got = parse(sample.field, sample.text);
    const counts = tally.get(sample.field);
    if (!counts) continue;
    counts.total += 1;
    if (isCorrect(sample.expect, got)) counts.correct += 1;
    else misses.push({ ...sample, got });
  }
  const byField = Object.fromEntries(
    PROFILE_FIELDS.map((f) => {
      const counts = tally.get(f) ?? { total: 0, correct: 0 };
      return [f, score(counts.correct, counts.total)];
    }),
  ) as Record<ProfileField, FieldScore>;
  return { ...score(samples.length - misses.length, samples.length), byField, misses };
}

/** Accuracy per family of samples (untagged ones under "(untagged)"), in order of first appearance. */
export function scoreProfileByFamily(
  samples: readonly ProfileSample[],
  parse: (field: ProfileField, text: string) => ProfileValue | null,
): Map<string, FieldScore> {
  const tally = new Map<string, { correct: number; total: number }>();
  for (const sample of samples) {
    const family = sample.family ?? '(untagged)';
    const counts = tally.get(family) ?? { correct: 0, total: 0 };
    counts.total += 1;
    if (isCorrect(sample.expect, parse(sample.field, sample.text))) counts.correct += 1;
    tally.set(family, counts);
  }
  return new Map([...tally].map(([family, c]) => [family, score(c.correct, c.total)]));
}
