import { WEEK_MS } from '../clock';

/** "At most one per week" is a rolling 7 × 24 h from the last showing (docs/rules.md "Time"). */
export function shownWithinWeek(lastShownAt: Date | null, now: Date): boolean {
  return lastShownAt !== null && now.getTime() - lastShownAt.getTime() < WEEK_MS;
}
