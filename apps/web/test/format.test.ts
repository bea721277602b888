import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDateTime,
  formatDays,
  formatInterval,
  formatPercent,
  formatPoints,
  humanize,
  isSignificant,
  signed,
} from '../src/lib/format';

describe('format', () => {
  it('prints rates as percentages', () => {
    expect(formatPercent(0.1234)).toBe('12.3%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatPercent(0.5, 0)).toBe('50%');
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
  });

  it('prints intervals of rates', () => {
    expect(formatInterval({ low: 0.101, high: 0.148 })).toBe('[10.1%, 14.8%]');
    expect(formatInterval(null)).toBe('');
  });

  it('prints differences in signed percentage points with their interval', () => {
    expect(formatPoints({ estimate: 0.091, low: 0.047, high: 0.135 })).toBe('+9.1 pts [+4.7, +13.5]');
    expect(formatPoints({ estimate: -0.02, low: -0.081, high: 0.0404 })).toBe('-2.0 pts [-8.1, +4.0]');
    expect(formatPoints({ estimate: 0, low: -0.00001, high: 0.05 })).toBe('0.0 pts [0.0, +5.0]');
    expect(formatPoints(null)).toBe('—');
  });

  it('signs numbers without a negative zero', () => {
    expect(signed(1.26)).toBe('+1.3');
    expect(signed(-0.04)).toBe('0.0');
    expect(signed(-3)).toBe('-3.0');
  });

  it('calls a difference significant only when its interval excludes zero', () => {
    expect(isSignificant({ low: 0.01, high: 0.2 })).toBe(true);
    expect(isSignificant({ low: -0.2, high: -0.01 })).toBe(true);
    expect(isSignificant({ low: -0.01, high: 0.2 })).toBe(false);
    expect(isSignificant(null)).toBe(false);
  });

  it('prints counts, days, dates and ids', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatDays(2.456)).toBe('2.5 days');
    expect(formatDays(1)).toBe('1.0 day');
    expect(formatDays(null)).toBe('—');
    expect(formatDateTime(new Date('2026-03-12T14:05:00Z'), 'UTC')).toBe('12 Mar 2026, 14:05');
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
    expect(humanize('power_user_showcase')).toBe('Power user showcase');
    expect(humanize('no-gi')).toBe('No-gi');
  });
});
