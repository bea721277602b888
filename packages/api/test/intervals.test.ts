import { describe, expect, it } from 'vitest';
import { newcombeDifference, wilsonInterval } from '../src/domain/intervals';

describe('confidence intervals', () => {
  // Reference values from Newcombe (1998), Statistics in Medicine 17:857–872, tables I and II.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('Wilson interval for %i/%i is [%f, %f]', (k, n, low, high) => {
    const interval = wilsonInterval(k, n)!;
    expect(interval.low).toBeCloseTo(low, 3);
    expect(interval.high).toBeCloseTo(high, 3);
  });

  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
  ])('Newcombe difference for %i/%i − %i/%i is [%f, %f]', (k1, n1, k2, n2, low, high) => {
    const diff = newcombeDifference({ converted: k1, users: n1 }, { converted: k2, users: n2 })!;
    expect(diff.estimate).toBeCloseTo(k1 / n1 - k2 / n2, 10);
    expect(diff.low).toBeCloseTo(low, 3);
    expect(diff.high).toBeCloseTo(high, 3);
  });

  it('has no interval for an empty group', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(newcombeDifference({ converted: 1, users: 2 }, { converted: 0, users: 0 })).toBeNull();
  });
});
