// One table of profile answers per field: `parses('belt_level', [['blue belt', 'blue'], …])`. A count
// may be off by half a session ("two or three" read as 2.5 or 3 is still a reading of the answer).
import { expect, it } from 'vitest';
import { parseProfileAnswer, type ProfileField, type ProfileValue } from '../src/domain/profile-answers';

export type Case = readonly [text: string, expected: ProfileValue | null];

export const parses = (field: ProfileField, cases: readonly Case[]) =>
  it.each(cases)(`${field}: %j → %j`, (text, expected) => {
    const got = parseProfileAnswer(field, text);
    if (typeof expected === 'number') {
      expect(got).toBeTypeOf('number');
      expect(Math.abs((got as number) - expected)).toBeLessThanOrEqual(0.5);
    } else {
      expect(got).toBe(expected);
    }
  });
