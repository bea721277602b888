import { describe, expect, it } from 'vitest';
import { seededRandom } from '../src/domain/random';
import { pickExample, posterior, showcaseDue, type ExampleStats } from '../src/domain/showcase';

const example = (id: string, effectivenessScore: number, shownUsers = 0, conversions = 0): ExampleStats => ({
  id,
  effectivenessScore,
  shownUsers,
  conversions,
});
const library = [example('a', 9), example('b', 8), example('c', 7), example('d', 9), example('e', 10)];

describe('showcase (docs/rules.md §3)', () => {
  it.each([
    [5, 0, true],
    [10, 0, true],
    [4, 0, false],
    [6, 0, false],
    [0, 0, false],
    [5, 1, false],
    [15, 3, false],
  ])('request %i with %i sessions logged: due=%s', (requests, sessions, due) => {
    expect(showcaseDue(requests, sessions)).toBe(due);
  });

  it('never shows the same example twice before all active ones are seen, in every round', () => {
    const random = seededRandom(7);
    const views = new Map<string, number>();
    for (let round = 0; round < 3; round++) {
      const seenThisRound = new Set<string>();
      for (let i = 0; i < library.length; i++) {
        const picked = pickExample(library, views, random)!;
        expect(seenThisRound.has(picked.id)).toBe(false);
        seenThisRound.add(picked.id);
        views.set(picked.id, (views.get(picked.id) ?? 0) + 1);
      }
      expect(seenThisRound.size).toBe(library.length);
    }
  });

  it('is deterministic for a given random source', () => {
    const picks = (seed: number) =>
      Array.from({ length: 20 }, (_, i) => pickExample(library, new Map([[String(i), 0]]), seededRandom(seed + i))!.id);
    expect(picks(1)).toEqual(picks(1));
  });

  it('samples by measured conversion: a proven example wins far more often than a dud', () => {
    const proven = example('proven', 5, 200, 120);
    const dud = example('dud', 5, 200, 4);
    const random = seededRandom(42);
    let provenWins = 0;
    for (let i = 0; i < 500; i++) if (pickExample([proven, dud], new Map(), random)!.id === 'proven') provenWins++;
    expect(provenWins).toBeGreaterThan(480);
  });

  it('uses the effectiveness score as the prior before anything is measured', () => {
    const [aHigh, bHigh] = posterior(example('x', 10));
    const [aLow, bLow] = posterior(example('y', 2));
    expect(aHigh / (aHigh + bHigh)).toBeGreaterThan(aLow / (aLow + bLow));
    const random = seededRandom(3);
    let highWins = 0;
    for (let i = 0; i < 1000; i++)
      if (pickExample([example('hi', 10), example('lo', 1)], new Map(), random)!.id === 'hi') highWins++;
    expect(highWins).toBeGreaterThan(700);
    expect(highWins).toBeLessThan(1000); // still explores
  });

  it('has nothing to show when no example is active', () => {
    expect(pickExample([], new Map(), seededRandom(1))).toBeNull();
  });
});
