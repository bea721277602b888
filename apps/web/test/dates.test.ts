import { describe, expect, it } from 'vitest';
import { dayRange, parseLocal, toDateTimeLocal } from '../src/lib/dates';

describe('dates', () => {
  it('round-trips datetime-local values in local time', () => {
    const date = new Date(2026, 2, 12, 14, 5);
    expect(toDateTimeLocal(date)).toBe('2026-03-12T14:05');
    expect(parseLocal('2026-03-12T14:05')?.getTime()).toBe(date.getTime());
  });

  it('reads dates and refuses impossible or empty ones', () => {
    expect(parseLocal('2026-03-12')?.getTime()).toBe(new Date(2026, 2, 12).getTime());
    expect(parseLocal('2026-02-31')).toBeNull();
    expect(parseLocal('')).toBeNull();
    expect(parseLocal('yesterday')).toBeNull();
  });

  it('makes an analytics range that includes both days', () => {
    expect(dayRange('2026-03-01', '2026-03-31')).toEqual({ from: new Date(2026, 2, 1), to: new Date(2026, 3, 1) });
    expect(dayRange('', '2026-12-31')).toEqual({ to: new Date(2027, 0, 1) });
    expect(dayRange('2026-03-01', '')).toEqual({ from: new Date(2026, 2, 1) });
    expect(dayRange('', '')).toEqual({});
  });
});
