import { parseProfileAnswer } from '@profos/api/domain/profile-answers';
import { describe, expect, it } from 'vitest';
import { beltColour, describeProfileValue, PROFILE_FIELDS, PROFILE_OPTIONS } from '../src/lib/profile-options';

describe('profile options', () => {
  it('offers one-tap answers for every field, each read back by the server to a distinct value', () => {
    for (const field of PROFILE_FIELDS) {
      const values = PROFILE_OPTIONS[field].map((option) => parseProfileAnswer(field, option));
      expect(values, field).not.toContain(null);
      expect(new Set(values).size, field).toBe(values.length);
    }
    expect(PROFILE_OPTIONS.belt_level.map((o) => parseProfileAnswer('belt_level', o))).toEqual([
      'white',
      'blue',
      'purple',
      'brown',
      'black',
    ]);
  });

  it('describes stored values in words', () => {
    expect(describeProfileValue('belt_level', 'purple')).toBe('Purple belt');
    expect(describeProfileValue('training_frequency', 3)).toBe('3x a week');
    expect(describeProfileValue('training_frequency', 4.5)).toBe('4.5x a week');
    expect(describeProfileValue('training_frequency', 6.5)).toBe('Every day');
    expect(describeProfileValue('training_frequency', 6)).toBe('6x a week');
    expect(describeProfileValue('training_frequency', 0.25)).toBe('About once a month');
    expect(describeProfileValue('training_frequency', 0.5)).toBe('About 2x a month');
    expect(describeProfileValue('main_position', 'balanced')).toBe('A bit of both');
    expect(describeProfileValue('training_goals', 'skill_development')).toBe('Getting better');
    expect(describeProfileValue('training_goals', 'recreational')).toBe('Fun');
    expect(describeProfileValue('belt_level', null)).toBeNull();
  });

  it('colours the logo by belt', () => {
    expect(beltColour('blue')).toBe('#1f5fbf');
    expect(beltColour(null)).toBe(beltColour('white'));
    expect(beltColour('plaid')).toBe(beltColour('white'));
  });
});
