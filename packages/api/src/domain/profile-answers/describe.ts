// Human phrases for acknowledging an answer: "Got it — purple belt, training 2.5x a week".

import type { ProfileField, ProfileValue } from './types';

const POSITION_PHRASES: Readonly<Record<string, string>> = {
  guard: 'a guard player',
  top: 'a top player',
  balanced: 'balanced between guard and top',
};

const GOAL_PHRASES: Readonly<Record<string, string>> = {
  competition: 'competition',
  skill_development: 'getting better technically',
  fitness: 'fitness',
  recreational: 'having fun',
  self_defense: 'self-defense',
};

const trimNumber = (n: number): string => String(Math.round(n * 100) / 100);

const TIMES: Readonly<Record<number, string>> = { 1: 'once', 2: 'twice' };

function describeFrequency(perWeek: number): string {
  // A midpoint of a range ("2-3x") is said as the range: "2–3 times a week", not "2.5x".
  if (perWeek >= 1 && !Number.isInteger(perWeek))
    return `training ${Math.floor(perWeek)}–${Math.ceil(perWeek)} times a week`;
  if (perWeek >= 1) return `training ${TIMES[perWeek] ?? `${trimNumber(perWeek)} times`} a week`;
  // Under once a week reads better per month (52 / 12 weeks): 0.23 → "about once a month".
  const perMonth = Math.max(1, Math.round((perWeek * 52) / 12));
  if (perMonth === 1) return 'training about once a month';
  if (perMonth === 2) return 'training about twice a month';
  return `training about ${perMonth} times a month`;
}

export function describeProfileValue(field: ProfileField, value: ProfileValue): string {
  switch (field) {
    case 'belt_level':
      return `${value} belt`;
    case 'training_frequency':
      return typeof value === 'number' ? describeFrequency(value) : `training ${value} a week`;
    case 'main_position':
      return POSITION_PHRASES[String(value)] ?? String(value);
    case 'training_goals':
      return GOAL_PHRASES[String(value)] ?? String(value);
  }
}
