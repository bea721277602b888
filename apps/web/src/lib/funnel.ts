// The conversion funnel as the dashboard reads it: each stage's count and its rate from the stage before.

export interface StageCount {
  stage: string;
  count: number;
}

export interface FunnelStep extends StageCount {
  label: string;
  /**
   * count ÷ the previous stage's count; null for the first stage, after an empty stage, and when
   * the stage is larger than the one before (the contract's stages are not all nested: more users
   * log a session than see an example, and "300% from previous" would read as an error).
   */
  fromPrevious: number | null;
  /** count ÷ the first stage's count (all users); null when there are none. */
  fromStart: number | null;
}

const STAGE_LABELS: Record<string, string> = {
  total_users: 'All users',
  video_requesters: 'Asked for videos',
  received_profile_question: 'Got a profile question',
  received_pattern_teaser: 'Got a pattern teaser',
  received_power_example: 'Saw a power-user example',
  logged_first_session: 'Logged a first session',
  power_users: 'Power users (5+ sessions)',
};

export function stageLabel(stage: string): string {
  return STAGE_LABELS[stage] ?? stage.replace(/_/g, ' ');
}

const ratio = (part: number, whole: number | undefined) => (whole ? part / whole : null);

export function funnelSteps(stages: readonly StageCount[]): FunnelStep[] {
  const first = stages[0]?.count;
  return stages.map((s, i) => ({
    stage: s.stage,
    count: s.count,
    label: stageLabel(s.stage),
    fromPrevious: i === 0 || s.count > (stages[i - 1]?.count ?? 0) ? null : ratio(s.count, stages[i - 1]?.count),
    fromStart: ratio(s.count, first),
  }));
}
