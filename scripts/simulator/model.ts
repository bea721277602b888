import { readFileSync } from 'node:fs';

/** The behaviour model (config/simulator.behaviour.json): probabilities only, documented there. */
export interface BehaviourModel {
  population: {
    signupSpreadDays: number;
    belts: Record<string, number>;
    sessionsPerWeek: Record<string, number>;
    attire: Record<string, number>;
  };
  videoRequests: { startProbability: number; decayDays: number; perDayMax: number; repeatTopicProbability: number };
  engagement: {
    clickProbability: number;
    helpfulProbability: number;
    notHelpfulProbability: number;
    answerProfilePromptProbability: number;
    unreadableAnswerProbability: number;
    answerFocusQuestionProbability: number;
    optOutPerTouchpointProbability: number;
  };
  conversion: { baseHazard: number; halfLifeDays: number; boosts: Record<Boost, number> };
  retention: { logCompliance: number; churnPerDay: number };
  queries: string[];
  answers: Record<'belt_level' | 'training_frequency' | 'main_position' | 'training_goals' | 'unreadable', string[]>;
  sessionTexts: string[];
}

export type Boost = 'profile_question_answered' | 'teaser' | 'example' | 'nudge' | 'video_follow_up';

export function loadModel(path: string): BehaviourModel {
  const model = JSON.parse(readFileSync(path, 'utf8')) as BehaviourModel;
  const probabilities = [
    model.videoRequests.startProbability,
    model.videoRequests.repeatTopicProbability,
    ...Object.values(model.engagement),
    model.conversion.baseHazard,
    ...Object.values(model.conversion.boosts),
    model.retention.logCompliance,
    model.retention.churnPerDay,
  ];
  if (probabilities.some((p) => typeof p !== 'number' || p < 0 || p > 1))
    throw new Error(`${path}: every probability must be a number from 0 to 1`);
  if (!model.queries.length || !model.sessionTexts.length)
    throw new Error(`${path}: queries and sessionTexts must not be empty`);
  return model;
}
