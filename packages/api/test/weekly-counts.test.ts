import { describe, expect, it } from 'vitest';
import { medianRanks } from '../src/domain/intervals';
import { addWeeks, isoWeekOf, parseIsoWeek, weekKey } from '../src/domain/iso-week';
import { SPEC_SUCCESS_TARGETS, targetStatus } from '../src/domain/success-targets';
import { parseSuccessTargets } from '../src/services/analytics/success-targets-file';
import {
  firstSessionCounts,
  knownWeekMask,
  replyWeekBits,
  WEEK_BIT_COUNTS,
  WEEK_BITS,
} from '../src/domain/weekly-counts';

describe('ISO weeks (UTC)', () => {
  it.each([
    ['2026-11-25T10:00:00Z', '2026-W48', '2026-11-23'],
    ['2026-11-23T00:00:00Z', '2026-W48', '2026-11-23'],
    ['2026-11-22T23:59:59.999Z', '2026-W47', '2026-11-16'],
    // Around New Year the week belongs to the year of its Thursday.
    ['2027-01-01T12:00:00Z', '2026-W53', '2026-12-28'],
    ['2024-12-30T00:00:00Z', '2025-W01', '2024-12-30'],
    ['2021-01-03T00:00:00Z', '2020-W53', '2020-12-28'],
    ['1970-01-01T00:00:00Z', '1970-W01', '1969-12-29'],
  ])('%s is in %s, which starts on %s', (at, label, monday) => {
    const week = isoWeekOf(new Date(at));
    expect(week.label).toBe(label);
    expect(week.start.toISOString()).toBe(`${monday}T00:00:00.000Z`);
    expect(week.end.getTime() - week.start.getTime()).toBe(7 * 24 * 3600 * 1000);
    expect(weekKey(new Date(at))).toBe(monday);
  });

  it('parses labels back to their week and refuses weeks a year does not have', () => {
    expect(parseIsoWeek('2026-W48')?.start.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(parseIsoWeek('2026w53')?.label).toBe('2026-W53');
    expect(parseIsoWeek('2025-W53')).toBeNull();
    for (const bad of ['2026-W00', '2026-48', 'W48', '2026-W4', '']) expect(parseIsoWeek(bad)).toBeNull();
    const week = parseIsoWeek('2026-W52')!;
    expect(addWeeks(week, 2).label).toBe('2027-W01');
    expect(addWeeks(week, -52).label).toBe('2025-W52');
  });
});

describe('weekly counts of one user', () => {
  it('a reply sets the request bit and, per enhancement shown, reached (and before converting)', () => {
    expect(replyWeekBits([], false)).toBe(WEEK_BITS.requested);
    expect(replyWeekBits(['profile_questions', 'pattern_teasers'], false)).toBe(
      WEEK_BITS.requested |
        WEEK_BITS.reached('profile_questions') |
        WEEK_BITS.reachedUnconverted('profile_questions') |
        WEEK_BITS.reached('pattern_teasers') |
        WEEK_BITS.reachedUnconverted('pattern_teasers'),
    );
    expect(replyWeekBits(['profile_questions'], true)).toBe(
      WEEK_BITS.requested | WEEK_BITS.reached('profile_questions'),
    );
  });

  it("knows the week's mask from the latest row unless that row is a later week", () => {
    expect(knownWeekMask(null, '2026-11-23')).toBe(0);
    expect(knownWeekMask({ start: '2026-11-16', mask: 7 }, '2026-11-23')).toBe(0);
    expect(knownWeekMask({ start: '2026-11-23', mask: 7 }, '2026-11-23')).toBe(7);
    expect(knownWeekMask({ start: '2026-11-30', mask: 7 }, '2026-11-23')).toBeNull();
  });

  it('every bit stands for one count, and no two bits share one', () => {
    const bits = WEEK_BIT_COUNTS.map((b) => b.bit);
    expect(new Set(bits).size).toBe(bits.length);
    expect(bits.every((b) => b > 0 && (b & (b - 1)) === 0)).toBe(true);
    const keys = WEEK_BIT_COUNTS.map((b) => `${b.metric}:${b.key}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('a first session counts in its week, and converted-after in the week of each showing it follows', () => {
    const at = (iso: string) => new Date(iso);
    const shown = [
      { enhancement: 'power_user_showcase' as const, exampleId: 'ex-2', shownAt: at('2026-11-24T10:00:00Z') },
      { enhancement: 'profile_questions' as const, exampleId: null, shownAt: at('2026-11-20T10:00:00Z') },
      { enhancement: 'power_user_showcase' as const, exampleId: 'ex-1', shownAt: at('2026-11-17T10:00:00Z') },
    ];
    const { counts, weekBits } = firstSessionCounts(shown, { mask: 0b101, exampleId: 'ex-2' });
    expect(counts).toEqual([
      { metric: 'first_sessions', key: '' },
      { metric: 'credited', key: 'profile_questions' },
      { metric: 'credited', key: 'power_user_showcase' },
      { metric: 'credited_example', key: 'ex-2' },
    ]);
    expect(weekBits).toEqual(
      new Map([
        ['2026-11-23', WEEK_BITS.convertedAfter('power_user_showcase') | WEEK_BITS.convertedAfterExample],
        ['2026-11-16', WEEK_BITS.convertedAfter('profile_questions') | WEEK_BITS.convertedAfter('power_user_showcase')],
      ]),
    );
  });
});

describe('success targets', () => {
  it("judges a value against the spec's baseline and target, lower being better for days", () => {
    const t = SPEC_SUCCESS_TARGETS;
    expect(targetStatus('videoOnlyConversion', 0.42, t.videoOnlyConversion)).toBe('target_met');
    expect(targetStatus('videoOnlyConversion', 0.2, t.videoOnlyConversion)).toBe('above_baseline');
    expect(targetStatus('videoOnlyConversion', 0.15, t.videoOnlyConversion)).toBe('not_above_baseline');
    expect(targetStatus('daysToFirstLog', 6.5, t.daysToFirstLog)).toBe('target_met');
    expect(targetStatus('daysToFirstLog', 10, t.daysToFirstLog)).toBe('above_baseline');
    expect(targetStatus('daysToFirstLog', 20, t.daysToFirstLog)).toBe('not_above_baseline');
    expect(targetStatus('powerUserRetention', null, t.powerUserRetention)).toBe('no_data');
  });
});

describe('the interval of a median', () => {
  it('takes the order statistics a 95% interval needs, and none for too few values', () => {
    expect(medianRanks(7)).toBeNull();
    expect(medianRanks(8)).toEqual({ lower: 1, upper: 8 });
    // The textbook ranks for 100 values: the 40th and the 61st.
    expect(medianRanks(100)).toEqual({ lower: 40, upper: 61 });
  });
});

describe('success targets from a file', () => {
  it("overrides the spec's values it names and keeps the others", () => {
    const targets = parseSuccessTargets({ daysToFirstLog: { target: 5 } });
    expect(targets.daysToFirstLog).toEqual({ baseline: 14, target: 5 });
    expect(targets.videoOnlyConversion).toEqual(SPEC_SUCCESS_TARGETS.videoOnlyConversion);
  });

  it.each([
    [{ conversion: {} }, /Unrecognized key/],
    [{ powerUserRetention: { target: 85 } }, /rates are fractions/],
    [{ videoOnlyConversion: { target: 0.5, targetHigh: 0.4 } }, /targetHigh must not be below target/],
    [{ daysToFirstLog: { baseline: 'two weeks' } }, /daysToFirstLog\.baseline/],
    [[], /expected object/],
  ])('refuses %j, saying why', (json, message) => {
    expect(() => parseSuccessTargets(json)).toThrow(message);
  });
});
