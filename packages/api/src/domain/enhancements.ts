/** The five enhancements of docs/rules.md §1–4; each has its own holdout (docs/rules.md §6). */
export const ENHANCEMENTS = [
  'profile_questions',
  'pattern_teasers',
  'power_user_showcase',
  'enhanced_nudges',
  'video_follow_ups',
] as const;
export type Enhancement = (typeof ENHANCEMENTS)[number];

export const NUDGE_TYPES = [
  'discover_session_logging_v1',
  'discover_session_logging_v2',
  'video_follow_up',
  'pre_training_focus',
  'post_training_follow_up',
] as const;
export type NudgeType = (typeof NUDGE_TYPES)[number];

/** Follow-ups on a click belong to `video_follow_ups`; every other nudge is an `enhanced_nudges` one. */
export function enhancementOfNudge(type: NudgeType): Enhancement {
  return type === 'video_follow_up' ? 'video_follow_ups' : 'enhanced_nudges';
}
