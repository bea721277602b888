import type { ProfileField } from '../api/types';

// The profile as the chat offers and shows it: one-tap answers per field (each phrase is one the
// server's answer parser reads back to the field's value) and readable stored values.

export const PROFILE_FIELDS: readonly ProfileField[] = [
  'belt_level',
  'training_frequency',
  'main_position',
  'training_goals',
];

export const PROFILE_FIELD_LABELS: Record<ProfileField, string> = {
  belt_level: 'Belt',
  training_frequency: 'Training frequency',
  main_position: 'Main position',
  training_goals: 'Goals',
};

export const PROFILE_OPTIONS: Record<ProfileField, readonly string[]> = {
  belt_level: ['White belt', 'Blue belt', 'Purple belt', 'Brown belt', 'Black belt'],
  training_frequency: ['1x a week', '2x a week', '3x a week', '4-5x a week', 'Every day'],
  main_position: ['Guard', 'Top', 'A bit of both'],
  training_goals: ['Competition', 'Getting better', 'Fitness', 'Fun', 'Self-defense'],
};

const POSITIONS: Record<string, string> = { guard: 'Guard', top: 'Top', balanced: 'A bit of both' };
const GOALS: Record<string, string> = {
  competition: 'Competition',
  skill_development: 'Getting better',
  fitness: 'Fitness',
  recreational: 'Fun',
  self_defense: 'Self-defense',
};

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function describeFrequency(perWeek: number): string {
  if (perWeek >= 6.5) return 'Every day';
  if (perWeek >= 1) return `${Math.round(perWeek * 10) / 10}x a week`;
  const perMonth = Math.max(1, Math.round(perWeek * 4));
  return perMonth === 1 ? 'About once a month' : `About ${perMonth}x a month`;
}

/** A stored profile value in words: "blue" → "Blue belt", 3 → "3x a week"; null → null. */
export function describeProfileValue(field: ProfileField, value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  switch (field) {
    case 'belt_level':
      return `${capitalize(String(value))} belt`;
    case 'training_frequency':
      return typeof value === 'number' ? describeFrequency(value) : String(value);
    case 'main_position':
      return POSITIONS[String(value)] ?? capitalize(String(value));
    case 'training_goals':
      return GOALS[String(value)] ?? capitalize(String(value).replace(/_/g, ' '));
  }
}

/** The belt colour for the logo mark and profile chip; the white belt by default. */
export function beltColour(belt: string | number | null | undefined): string {
  const colours: Record<string, string> = {
    white: '#f4f4f0',
    blue: '#1f5fbf',
    purple: '#6b3fa0',
    brown: '#7a4a24',
    black: '#1b1b1f',
  };
  return colours[String(belt ?? 'white')] ?? colours.white!;
}
