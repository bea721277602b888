// Series colours for the weekly charts: distinct hues, each at least 4.5:1 against white (WCAG AA),
// so a line or a label in its colour reads as well as text.
export const ENHANCEMENT_COLOURS: Record<string, string> = {
  profile_questions: '#1f5fbf',
  pattern_teasers: '#b54708',
  power_user_showcase: '#6941c6',
  enhanced_nudges: '#067647',
  video_follow_ups: '#0e7090',
};

export const TOUCHPOINT_SERIES = [
  { key: 'questions', label: 'Profile questions', colour: '#1f5fbf' },
  { key: 'teasers', label: 'Pattern teasers', colour: '#b54708' },
  { key: 'examples', label: 'Power-user examples', colour: '#6941c6' },
  { key: 'nudges', label: 'Nudges', colour: '#067647' },
] as const;

export const AXIS_TICK = { fontSize: 12, fill: '#475467' };
export const GRID_STROKE = '#eaecf0';
