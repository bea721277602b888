import { sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { rowsOf } from '../../db/rows';
import { ATTRIBUTION_WINDOW_MS } from '../../domain/attribution';
import { ENHANCEMENTS, NUDGE_TYPES, type Enhancement, type NudgeType } from '../../domain/enhancements';
import { wilsonInterval, type Interval } from '../../domain/intervals';
import { addWeeks, isoWeekOf, type IsoWeek } from '../../domain/iso-week';
import { PROFILE_FIELDS, type ProfileField } from '../../domain/profile-answers';
import { TEASER_TYPES, type TeaserType } from '../../domain/teasers';
import type { WeeklyMetric } from '../../domain/weekly-counts';
import { utcDay } from '../../clock';

// routers/inputs.ts checks `from` against the same default.
export const DEFAULT_WEEKS = 12;

export interface WeeklyInput {
  /** How many weeks (default 12). */
  weeks?: number;
  /** A moment in the first week; by default the weeks end with the current one. */
  from?: Date;
}

export interface Conversion {
  users: number;
  converted: number;
  rate: number | null;
  interval: Interval | null;
}

export interface WeeklyEnhancement {
  enhancement: Enhancement;
  /** Users shown it this week. */
  usersReached: number;
  /** First sessions logged this week that are credited to it (RULES §6: shown in the 14 days before). */
  creditedConversions: number;
  /**
   * Of the users shown it this week before they had logged a session, those whose first session
   * came within 14 days after such a showing: its conversion rate, final once the week is settled.
   */
  conversion: Conversion;
}

export interface WeeklyRow {
  /** "2026-W48". */
  week: string;
  start: Date;
  end: Date;
  /** The week has ended. */
  complete: boolean;
  /** 14 days have passed since it ended: its conversion rates can no longer change. */
  settled: boolean;
  newUsers: number;
  videoRequesters: number;
  profileQuestions: { asked: number; users: number; byField: { field: ProfileField; asked: number }[] };
  teasers: { shown: number; byKind: { kind: TeaserType; shown: number }[] };
  /** `credited`: first sessions this week credited to the example (last touch). */
  examples: { shown: number; byExample: { id: string; shown: number; credited: number }[] };
  nudges: { shown: number; byKind: { kind: NudgeType; shown: number }[] };
  firstSessions: number;
  enhancements: WeeklyEnhancement[];
}

export interface WeeklyExampleResult extends Conversion {
  id: string;
  exampleType: string;
  active: boolean;
  /** Times shown in these weeks (a user sees at most one example a week). */
  shown: number;
}

export interface Weekly {
  /** Oldest first. */
  weeks: WeeklyRow[];
  /**
   * Examples over these weeks, best credited conversion rate first: of the showings, those followed
   * within 14 days by a first session credited to the example (last touch).
   */
  examples: WeeklyExampleResult[];
  intervalMethod: 'wilson score, 95%';
}

type Counts = Map<string, number>;
const countKey = (week: string, metric: WeeklyMetric, key: string) => `${week}|${metric}|${key}`;

const conversion = (converted: number, users: number): Conversion => ({
  users,
  converted,
  rate: users ? converted / users : null,
  interval: wilsonInterval(converted, users),
});

/**
 * analytics.weekly: one row per ISO week (UTC), read from weekly_counts and milestone_counts — a few
 * thousand rows whatever the number of users — never from the event tables.
 */
export async function weekly(ctx: Context, input: WeeklyInput): Promise<Weekly> {
  const now = ctx.clock.now();
  const count = input.weeks ?? DEFAULT_WEEKS;
  const first = input.from ? isoWeekOf(input.from) : addWeeks(isoWeekOf(now), 1 - count);
  const weeks = Array.from({ length: count }, (_, i) => addWeeks(first, i));
  const [from, to] = [utcDay(first.start), utcDay(weeks.at(-1)!.end)];
  const [counted, signups, library] = await Promise.all([
    ctx.db.execute(sql`select week::text as week, metric, key, sum(n)::int as n from weekly_counts
      where week >= ${from}::date and week < ${to}::date group by 1, 2, 3`),
    ctx.db
      .execute(sql`select date_trunc('week', cohort_day)::date::text as week, sum(users)::int as n from milestone_counts
      where cohort_day >= ${from}::date and cohort_day < ${to}::date group by 1`),
    ctx.db.execute(sql`select id, example_type, active from power_user_examples order by created_at, id`),
  ]);
  const counts: Counts = new Map(
    rowsOf<{ week: string; metric: WeeklyMetric; key: string; n: number }>(counted).map((r) => [
      countKey(r.week, r.metric, r.key),
      Number(r.n),
    ]),
  );
  const newUsers = new Map(rowsOf<{ week: string; n: number }>(signups).map((r) => [r.week, Number(r.n)]));
  const examples = rowsOf<{ id: string; example_type: string; active: boolean }>(library);
  const exampleIds = examples.map((e) => e.id);
  return {
    weeks: weeks.map((week) => weeklyRow(week, counts, newUsers.get(utcDay(week.start)) ?? 0, exampleIds, now)),
    examples: rankExamples(
      examples.map((e) => {
        const sum = (metric: WeeklyMetric) =>
          weeks.reduce((total, w) => total + (counts.get(countKey(utcDay(w.start), metric, e.id)) ?? 0), 0);
        return {
          id: e.id,
          exampleType: e.example_type,
          active: e.active,
          shown: sum('examples_shown'),
          ...conversion(sum('converted_after_example'), sum('examples_shown')),
        };
      }),
    ),
    intervalMethod: 'wilson score, 95%',
  };
}

/** One week's row from the counts; anything not counted is 0. */
export function weeklyRow(
  week: IsoWeek,
  counts: Counts,
  newUsers: number,
  exampleIds: readonly string[],
  now: Date,
): WeeklyRow {
  const day = utcDay(week.start);
  const get = (metric: WeeklyMetric, key = '') => counts.get(countKey(day, metric, key)) ?? 0;
  const byField = PROFILE_FIELDS.map((field) => ({ field, asked: get('questions_asked', field) }));
  const teasers = TEASER_TYPES.map((kind) => ({ kind, shown: get('teasers_shown', kind) }));
  const byExample = exampleIds.map((id) => ({
    id,
    shown: get('examples_shown', id),
    credited: get('credited_example', id),
  }));
  const nudges = NUDGE_TYPES.map((kind) => ({ kind, shown: get('nudges_shown', kind) }));
  const total = (values: readonly number[]) => values.reduce((sum, n) => sum + n, 0);
  return {
    week: week.label,
    start: week.start,
    end: week.end,
    complete: week.end <= now,
    settled: week.end.getTime() + ATTRIBUTION_WINDOW_MS <= now.getTime(),
    newUsers,
    videoRequesters: get('requesters'),
    profileQuestions: {
      asked: total(byField.map((f) => f.asked)),
      users: get('reached', 'profile_questions'),
      byField,
    },
    teasers: { shown: total(teasers.map((t) => t.shown)), byKind: teasers },
    examples: { shown: total(byExample.map((e) => e.shown)), byExample },
    nudges: { shown: total(nudges.map((n) => n.shown)), byKind: nudges },
    firstSessions: get('first_sessions'),
    enhancements: ENHANCEMENTS.map((enhancement) => ({
      enhancement,
      usersReached: get('reached', enhancement),
      creditedConversions: get('credited', enhancement),
      conversion: conversion(get('converted_after', enhancement), get('reached_unconverted', enhancement)),
    })),
  };
}

/** Best rate first (none shown last); equal rates by more showings. */
function rankExamples(results: WeeklyExampleResult[]): WeeklyExampleResult[] {
  return results.sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || b.shown - a.shown);
}
