import type { Clock } from '../clock';
import type { Db } from '../db/client';

export const SWEEP_NAMES = ['video_follow_ups', 'discovery_nudges', 'retention_nudges'] as const;
export type SweepName = (typeof SWEEP_NAMES)[number];

export interface SweepDeps {
  db: Db;
  clock: Clock;
  newId: () => string;
}
/** What a sweep run did: candidates it looked at, and nudges it created. */
export interface SweepResult {
  processed: number;
  created: number;
}

export const SWEEP_BATCH_SIZE = 500;
