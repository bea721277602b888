// The profile vocabulary of docs/contract.md "ProfileField and values".

/** The fields in the order they are asked (docs/rules.md §1). */
export const PROFILE_FIELDS = ['belt_level', 'training_frequency', 'main_position', 'training_goals'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export type BeltLevel = 'white' | 'blue' | 'purple' | 'brown' | 'black';
export const BELT_LEVELS: readonly BeltLevel[] = ['white', 'blue', 'purple', 'brown', 'black'];

/** Sessions per week, 0 < x <= 14. */
export type TrainingFrequency = number;
export const MAX_SESSIONS_PER_WEEK = 14;

export type MainPosition = 'guard' | 'top' | 'balanced';
export type TrainingGoal = 'competition' | 'skill_development' | 'fitness' | 'recreational' | 'self_defense';

export type ProfileValue = string | number;
