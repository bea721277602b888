import { DAY_MS, HOUR_MS } from '../clock';
import { sweepDiscoveryNudges } from './discovery-nudges';
import { sweepRetentionNudges } from './retention-nudges';
import type { SweepDeps, SweepName, SweepResult } from './sweep-types';
import { sweepVideoFollowUps } from './video-follow-ups';

export interface SweepDefinition {
  everyMs: number;
  run: (deps: SweepDeps) => Promise<SweepResult>;
}

/** The sweeps and how often each is due (issue: follow-ups hourly, the others daily). */
export const SWEEPS: Record<SweepName, SweepDefinition> = {
  video_follow_ups: { everyMs: HOUR_MS, run: sweepVideoFollowUps },
  discovery_nudges: { everyMs: DAY_MS, run: sweepDiscoveryNudges },
  retention_nudges: { everyMs: DAY_MS, run: sweepRetentionNudges },
};

/** The slot a sweep is due for at `now`: the start of the current hour or (UTC) day. */
export function dueSlot(name: SweepName, now: Date): Date {
  const every = SWEEPS[name].everyMs;
  return new Date(Math.floor(now.getTime() / every) * every);
}

export function runSweep(name: SweepName, deps: SweepDeps): Promise<SweepResult> {
  return SWEEPS[name].run(deps);
}
