import { sql, type SQL } from 'drizzle-orm';
import { DAY_MS, utcDay } from '../../clock';
import type { Context } from '../../context';
import { rowsOf } from '../../db/rows';
import { weekKey } from '../../domain/iso-week';
import { createdIn, type DateRange } from './range';

/** Users per combination of milestone keys: what the funnel and metrics add up. */
export interface MilestoneGroup {
  requested: boolean;
  converted: boolean;
  exposedMask: number;
  holdoutMask: number;
  creditedMask: number;
  /** The Monday (YYYY-MM-DD) of the ISO week the users signed up in, when grouped by it. */
  signupWeek?: string;
  users: number;
}

const KEYS = sql.raw('requested, converted, exposed_mask, holdout_mask, credited_mask');
// By sign-up week: grouped by day here (cheap on the counts' key), folded into weeks below.
const COUNTS_DAY = sql.raw(`cohort_day::text`);
const MILESTONES_DAY = sql.raw(`(created_at at time zone 'UTC')::date::text`);
const startOfDay = (d: Date) => new Date(Math.floor(d.getTime() / DAY_MS) * DAY_MS);

/**
 * Whole sign-up days come from milestone_counts (a few thousand rows); the partial days at the
 * edges of a range come from the per-user milestones through their created_at index.
 */
export async function milestoneGroups(
  ctx: Context,
  range: DateRange,
  { bySignupWeek = false } = {},
): Promise<MilestoneGroup[]> {
  const firstWholeDay =
    range.from &&
    (startOfDay(range.from).getTime() === range.from.getTime()
      ? range.from
      : new Date(startOfDay(range.from).getTime() + DAY_MS));
  const endWholeDays = range.to && startOfDay(range.to);
  const queries: SQL[] = [];
  if (firstWholeDay && endWholeDays && firstWholeDay >= endWholeDays) {
    queries.push(fromMilestones(range, bySignupWeek));
  } else {
    const days = [sql`true`];
    if (firstWholeDay) days.push(sql`cohort_day >= ${utcDay(firstWholeDay)}::date`);
    if (endWholeDays) days.push(sql`cohort_day < ${utcDay(endWholeDays)}::date`);
    const [week, byWeek] = bySignupWeek ? [sql`, ${COUNTS_DAY} as signup_day`, sql`, cohort_day`] : [sql``, sql``];
    queries.push(
      sql`select ${KEYS}${week}, sum(users)::int as users from milestone_counts where ${sql.join(days, sql` and `)} group by ${KEYS}${byWeek}`,
    );
    if (range.from && firstWholeDay && range.from < firstWholeDay)
      queries.push(fromMilestones({ from: range.from, to: firstWholeDay }, bySignupWeek));
    if (range.to && endWholeDays && endWholeDays < range.to)
      queries.push(fromMilestones({ from: endWholeDays, to: range.to }, bySignupWeek));
  }
  const results = await Promise.all(queries.map(async (q) => rowsOf<Record<string, unknown>>(await ctx.db.execute(q))));
  return results.flat().map((r) => ({
    requested: Boolean(r.requested),
    converted: Boolean(r.converted),
    exposedMask: Number(r.exposed_mask),
    holdoutMask: Number(r.holdout_mask),
    creditedMask: Number(r.credited_mask),
    ...(bySignupWeek ? { signupWeek: weekKey(new Date(`${String(r.signup_day)}T00:00:00Z`)) } : {}),
    users: Number(r.users),
  }));
}

function fromMilestones(range: DateRange, bySignupWeek: boolean): SQL {
  const week = bySignupWeek ? sql`, ${MILESTONES_DAY} as signup_day` : sql``;
  return sql`select first_request_at is not null as requested, first_session_at is not null as converted,
      exposed_mask, holdout_mask, credited_mask${week}, count(*)::int as users
    from user_milestones where ${createdIn(sql`created_at`, range)} group by ${sql.raw(bySignupWeek ? '1, 2, 3, 4, 5, 6' : '1, 2, 3, 4, 5')}`;
}
