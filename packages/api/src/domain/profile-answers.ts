// Reads a user's free-text answer to a profile question (docs/rules.md §1). Pure; the public face of
// profile-answers/, where each field has its own parser and vocabulary.

export {
  PROFILE_FIELDS,
  BELT_LEVELS,
  MAX_SESSIONS_PER_WEEK,
  type ProfileField,
  type ProfileValue,
  type BeltLevel,
  type TrainingFrequency,
  type MainPosition,
  type TrainingGoal,
} from './profile-answers/types';
export { parseProfileAnswer, looksLikeAnswer } from './profile-answers/parse';
export { parsePendingAnswer } from './profile-answers/pending';
export { describeProfileValue } from './profile-answers/describe';
