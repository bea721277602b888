import type { ProfileKnowledge } from '../domain/profile-questions';
import type { RequestProfile } from './request-state';

/** Which profile fields are known and how often each was asked, as the question rule needs it. */
export function knowledgeOf(row: RequestProfile): ProfileKnowledge {
  return {
    known: {
      belt_level: row.beltLevel !== null,
      training_frequency: row.trainingFrequency !== null,
      main_position: row.mainPosition !== null,
      training_goals: row.trainingGoals !== null,
    },
    asks: {
      belt_level: row.beltLevelAsks,
      training_frequency: row.trainingFrequencyAsks,
      main_position: row.mainPositionAsks,
      training_goals: row.trainingGoalsAsks,
    },
  };
}
