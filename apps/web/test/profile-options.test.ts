import { describe, expect, it } from 'vitest';
import { beltColour, describeProfileValue, PROFILE_FIELDS, PROFILE_OPTIONS } from '../src/lib/profile-options';

describe('profile options', () => {
  it('offers the one-tap answers for every field', () => {
    expect(PROFILE_OPTIONS.belt_level).toEqual(['White belt', 'Blue belt', 'Purple belt', 'Brown belt', 'Black belt']);
    expect(PROFILE_OPTIONS.training_frequency).toEqual(['1x a week', '2x a week', '3x a week', '4-5x a week', 'Every day']);
    expect(PROFILE_OPTIONS.main_position).toEqual(['Guard', 'Top', 'A bit of both']);
    expect(PROFILE_OPTIONS.training_goals).toEqual(['Competition', 'Getting better', 'Fitness', 'Fun', 'Self-defense']);
    expect(PROFILE_FIELDS.every((f) => PROFILE_OPTIONS[f].length > 0)).toBe(true);
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
