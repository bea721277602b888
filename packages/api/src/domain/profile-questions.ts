import { PROFILE_FIELDS, type ProfileField } from './profile-answers';

// Prof. OS's questions, short and woven into the reply; each says why it helps the user.
export const PROFILE_QUESTIONS: Record<ProfileField, string> = {
  belt_level:
    'Quick question — are you a beginner just learning this, or more experienced and refining your technique? Your belt colour tells me exactly how to pitch YOUR videos.',
  training_frequency:
    'How often do you train? It tells me how fast to progress YOUR recommendations — 2x a week? 3x? More?',
  main_position: 'Do you play more guard, or do you prefer being on top?',
  training_goals: 'What are you working towards — competition, just getting better, fitness, or something else?',
};

export const PROFILE_QUESTION_REQUESTS = 4;
export const MAX_ASKS_PER_FIELD = 2;

export interface ProfileKnowledge {
  known: Record<ProfileField, boolean>;
  asks: Record<ProfileField, number>;
}

/**
 * docs/rules.md §1: on each of the first 4 requests, the first field still unknown in order — skipping a
 * field already asked twice without an understood answer.
 */
export function nextProfileQuestion(requestCount: number, profile: ProfileKnowledge): ProfileField | null {
  if (requestCount < 1 || requestCount > PROFILE_QUESTION_REQUESTS) return null;
  return PROFILE_FIELDS.find((field) => !profile.known[field] && profile.asks[field] < MAX_ASKS_PER_FIELD) ?? null;
}
