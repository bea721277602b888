import type { Database } from '@profos/api';
import { rowsOf } from '@profos/api/db/rows';
import { ENHANCEMENTS, type Enhancement } from '@profos/api/domain/enhancements';
import { enhancementBit } from '@profos/api/domain/holdouts';
import { newcombeDifference, wilsonInterval, type Difference, type Interval } from '@profos/api/domain/intervals';
import { sql } from 'drizzle-orm';

// What each enhancement's holdout shows for the spec's three success metrics: the same measures as
// analytics.metrics' success metrics, split by whether users were held out of the enhancement.
// Read per user from the simulation's own database: fine for a few thousand simulated users.

const RETENTION_WINDOW_MS = 30 * 24 * 3600 * 1000;

export interface GroupMeasures {
  /** Video-only users, and those of them who logged a session. */
  videoOnlyUsers: number;
  converted: number;
  conversion: number | null;
  conversionInterval: Interval | null;
  medianDaysToFirstLog: number | null;
  retentionEligible: number;
  retained: number;
  retention: number | null;
}

export interface HoldoutEffect {
  enhancement: Enhancement;
  treatment: GroupMeasures;
  holdout: GroupMeasures;
  /** Video-only conversion, treatment − holdout, with Newcombe's 95% interval. */
  conversionDifference: Difference | null;
}

export async function holdoutEffects(database: Database, from: Date, to: Date, now: Date): Promise<HoldoutEffect[]> {
  const since = new Date(now.getTime() - RETENTION_WINDOW_MS);
  return Promise.all(
    ENHANCEMENTS.map(async (enhancement) => {
      const rows = rowsOf<Record<string, number | boolean | null>>(
        await database.db.execute(sql`
          select (m.holdout_mask & ${enhancementBit(enhancement)}) <> 0 as held,
            count(*) filter (where m.first_request_at is not null
              and (m.first_session_at is null or m.first_session_at >= m.first_request_at))::int as video_only,
            count(c.request_to_first_log_days)::int as converted,
            percentile_cont(0.5) within group (order by c.request_to_first_log_days) as median_days,
            count(*) filter (where c.fifth_session_at <= ${since})::int as eligible,
            count(*) filter (where c.fifth_session_at <= ${since} and c.last_session_at >= ${since})::int as retained
          from user_milestones m left join user_conversions c on c.user_id = m.user_id
          where m.created_at >= ${from} and m.created_at < ${to}
          group by 1`),
      );
      const group = (held: boolean): GroupMeasures => {
        const r = rows.find((row) => Boolean(row.held) === held) ?? {};
        const [users, converted] = [Number(r.video_only ?? 0), Number(r.converted ?? 0)];
        const [eligible, retained] = [Number(r.eligible ?? 0), Number(r.retained ?? 0)];
        return {
          videoOnlyUsers: users,
          converted,
          conversion: users ? converted / users : null,
          conversionInterval: wilsonInterval(converted, users),
          medianDaysToFirstLog: r.median_days === null || r.median_days === undefined ? null : Number(r.median_days),
          retentionEligible: eligible,
          retained,
          retention: eligible ? retained / eligible : null,
        };
      };
      const [treatment, holdout] = [group(false), group(true)];
      return {
        enhancement,
        treatment,
        holdout,
        conversionDifference: newcombeDifference(
          { converted: treatment.converted, users: treatment.videoOnlyUsers },
          { converted: holdout.converted, users: holdout.videoOnlyUsers },
        ),
      };
    }),
  );
}
