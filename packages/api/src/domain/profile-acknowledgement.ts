import { describeProfileValue, type ProfileField, type ProfileValue } from './profile-answers';

// What each answer changes for the user, so the acknowledgement says why it was worth giving.
const WHAT_IT_CHANGES: Record<ProfileField, string> = {
  belt_level: "I'll pitch YOUR videos at that level.",
  training_frequency: "I'll pace what I recommend to how often you're on the mat.",
  main_position: "I'll lean YOUR recommendations that way.",
  training_goals: "I'll keep that in mind when I pick what YOU work on next.",
};

const HOW_TO_SAY_IT: Record<ProfileField, string> = {
  belt_level: '"blue belt" or "total beginner"',
  training_frequency: '"3 times a week" or "every day"',
  main_position: '"guard", "top" or "a bit of both"',
  training_goals: '"competition", "getting better", "fitness" or "fun"',
};

export function acknowledgeAnswer(field: ProfileField, value: ProfileValue): string {
  return `Got it — ${describeProfileValue(field, value)}. ${WHAT_IT_CHANGES[field]}`;
}

export function askAgain(field: ProfileField): string {
  return `I didn't quite catch that. Something like ${HOW_TO_SAY_IT[field]} is all I need.`;
}
