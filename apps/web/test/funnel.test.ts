import { describe, expect, it } from 'vitest';
import { funnelSteps, stageLabel } from '../src/lib/funnel';

const stages = [
  { stage: 'total_users', count: 200 },
  { stage: 'video_requesters', count: 150 },
  { stage: 'received_profile_question', count: 120 },
  { stage: 'received_pattern_teaser', count: 0 },
  { stage: 'received_power_example', count: 30 },
  { stage: 'logged_first_session', count: 45 },
  { stage: 'power_users', count: 9 },
];

describe('funnelSteps', () => {
  it('gives each stage its rate from the stage before and from the top', () => {
    const steps = funnelSteps(stages);
    expect(steps.map((s) => s.fromPrevious)).toEqual([null, 0.75, 0.8, 0, null, null, 0.2]);
    expect(steps.map((s) => s.fromStart)).toEqual([1, 0.75, 0.6, 0, 0.15, 0.225, 0.045]);
    expect(steps[0]).toMatchObject({ stage: 'total_users', count: 200, label: 'All users' });
  });

  it('gives no rate from a smaller stage before: those stages are not nested', () => {
    expect(
      funnelSteps([
        { stage: 'received_power_example', count: 2 },
        { stage: 'logged_first_session', count: 6 },
      ])[1]!.fromPrevious,
    ).toBeNull();
  });

  it('has no rates without users', () => {
    const steps = funnelSteps([
      { stage: 'total_users', count: 0 },
      { stage: 'video_requesters', count: 0 },
    ]);
    expect(steps.map((s) => [s.fromPrevious, s.fromStart])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(funnelSteps([])).toEqual([]);
  });

  it('labels known stages and spells out unknown ones', () => {
    expect(stageLabel('logged_first_session')).toBe('Logged a first session');
    expect(stageLabel('new_stage')).toBe('new stage');
  });
});
