// A table of answers, each with its field, read exactly (no half-session margin, unlike `parses` in
// ./profile-cases): `reads([['belt_level', 'blue belt', 'blue'], …])`.
import { expect, it } from 'vitest';
import { parseProfileAnswer, type ProfileField, type ProfileValue } from '../src/domain/profile-answers';

export type FieldCase = readonly [field: ProfileField, text: string, expected: ProfileValue | null];

export const reads = (cases: readonly FieldCase[]) =>
  it.each(cases)('%s %j → %j', (field, text, expected) => {
    expect(parseProfileAnswer(field, text)).toBe(expected);
  });
