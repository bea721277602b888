import { WEEK_MS } from '../clock';
import type { NudgeType } from './enhancements';

export interface PendingNudge {
  id: string;
  type: NudgeType;
  content: string;
  createdAt: Date;
}

// docs/rules.md §4: follow-ups on the user's own action go first.
const TIED_TO_USER_ACTION: ReadonlySet<NudgeType> = new Set(['video_follow_up', 'post_training_follow_up']);

/** A nudge pending for over 7 days has expired unshown (docs/rules.md §4). */
export function isExpired(nudge: Pick<PendingNudge, 'createdAt'>, now: Date): boolean {
  return now.getTime() - nudge.createdAt.getTime() > WEEK_MS;
}

/** Of the user's pending nudges: action-tied follow-ups first, then the newest. */
export function pickNudge(pending: readonly PendingNudge[], now: Date): PendingNudge | null {
  const live = pending.filter((n) => !isExpired(n, now) && n.createdAt.getTime() <= now.getTime());
  live.sort((a, b) => {
    const tied = Number(TIED_TO_USER_ACTION.has(b.type)) - Number(TIED_TO_USER_ACTION.has(a.type));
    return tied || b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? -1 : 1);
  });
  return live[0] ?? null;
}
