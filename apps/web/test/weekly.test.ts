import { describe, expect, it } from 'vitest';
import { conversionSeries, rateSeries, touchpointSeries, weeklyCsv, type WeekLike } from '../src/lib/weekly';

const week = (label: string, start: string, n: number): WeekLike => ({
  week: label,
  start: new Date(`${start}T00:00:00Z`),
  complete: true,
  settled: n > 1,
  newUsers: 10 * n,
  videoRequesters: 8 * n,
  profileQuestions: { asked: 5 * n, users: 4 * n, byField: [{ field: 'belt_level', asked: 5 * n }] },
  teasers: { shown: n, byKind: [{ kind: 'repeated_technique', shown: n }] },
  examples: { shown: 2, byExample: [{ id: 'ex,"quoted"', shown: 2, credited: 1 }] },
  nudges: { shown: 0, byKind: [{ kind: 'video_follow_up', shown: 0 }] },
  firstSessions: 3,
  enhancements: [
    {
      enhancement: 'pattern_teasers',
      usersReached: n,
      creditedConversions: 1,
      conversion:
        n > 1
          ? { users: 3, converted: 1, rate: 1 / 3, interval: { low: 0.0615, high: 0.7923 } }
          : { users: 0, converted: 0, rate: null, interval: null },
    },
  ],
});

describe('the weekly table', () => {
  const weeks = [week('2026-W47', '2026-11-16', 1), week('2026-W48', '2026-11-23', 2)];

  it('downloads as CSV: a header, one line per week, every count in its column, quoted where needed', () => {
    const lines = weeklyCsv(weeks).split('\r\n');
    expect(lines[0]).toBe(
      'week,week_start,complete,conversions_settled,new_users,video_requesters,profile_questions_asked,profile_question_users,asked_belt_level,teasers_shown,teaser_repeated_technique,examples_shown,"example_ex,""quoted""_shown","example_ex,""quoted""_credited",nudges_shown,nudge_video_follow_up,first_sessions,pattern_teasers_users_reached,pattern_teasers_credited_conversions,pattern_teasers_reached_before_converting,pattern_teasers_converted_within_14_days,pattern_teasers_conversion_rate,pattern_teasers_rate_ci95_low,pattern_teasers_rate_ci95_high',
    );
    expect(lines[1]).toBe('2026-W47,2026-11-16,true,false,10,8,5,4,5,1,1,2,2,1,0,0,3,1,1,0,0,,,');
    expect(lines[2]).toBe('2026-W48,2026-11-23,true,true,20,16,10,8,10,2,2,2,2,1,0,0,3,2,1,3,1,0.333333,0.0615,0.7923');
    expect(lines[3]).toBe('');
    expect(weeklyCsv([])).toBe('\r\n');
  });

  it('shapes the chart series', () => {
    expect(touchpointSeries(weeks)[1]).toEqual({ week: 'W48', questions: 10, teasers: 2, examples: 2, nudges: 0 });
    expect(conversionSeries(weeks)[0]).toEqual({ week: 'W47', firstSessions: 3, pattern_teasers: 1 });
    expect(rateSeries(weeks, 'pattern_teasers')).toEqual([
      { week: 'W47', rate: null, band: null, users: 0, settled: false },
      { week: 'W48', rate: 33.3, band: [6.2, 79.2], users: 3, settled: true },
    ]);
  });
});
