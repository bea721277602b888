import { describe, expect, it } from 'vitest';
import { aggregate, byFamily, ndcgAt, parseGradedLines, scoreLine } from '../src/domain/ranking-scoring';

describe('ranking scores', () => {
  it.each([
    ['the ideal order scores 1', ['a', 'b', 'c'], 1],
    ['nothing fitting scores 0', ['x', 'y'], 0],
    // DCG = 3 + 0 + 1/2 = 3.5 against the ideal 3 + 1/log2(3) + 0 ≈ 3.631.
    ['a graded video lower down counts less', ['a', 'x', 'b'], 3.5 / (3 + 1 / Math.log2(3))],
  ])('nDCG@3: %s', (_, returned, expected) => {
    expect(ndcgAt(returned, { a: 2, b: 1 })).toBeCloseTo(expected, 6);
  });

  it('returning fewer videos than fit costs what the missing ones would have added', () => {
    expect(ndcgAt(['a'], { a: 2, b: 2 })).toBeLessThan(1);
    expect(ndcgAt(['a'], { a: 2 })).toBe(1);
    expect(ndcgAt(['a'], {})).toBeNull();
  });

  it('P@1 counts technique lines with a video a coach would hand over, by whether the first is one', () => {
    const [line] = parseGradedLines('{"q":"armbar","family":"attack","grades":{"a":2,"b":1}}');
    expect(scoreLine(line!, ['a']).firstIsHandedOver).toBe(true);
    expect(scoreLine(line!, ['b', 'a']).firstIsHandedOver).toBe(false);
    const [general] = parseGradedLines('{"q":"what gi","family":"general","grades":{"a":2}}');
    expect(scoreLine(general!, ['b']).firstIsHandedOver).toBeNull();
  });

  it('aggregates overall and per family', () => {
    const lines = parseGradedLines(
      [
        '{"q":"1","family":"x","grades":{"a":2}}',
        '{"q":"2","family":"y","grades":{"a":2}}',
        '{"q":"3","family":"y","grades":{}}',
      ].join('\n'),
    );
    const scores = [scoreLine(lines[0]!, ['a']), scoreLine(lines[1]!, ['b']), scoreLine(lines[2]!, ['a'])];
    expect(aggregate(scores)).toEqual({ lines: 3, ndcg: 0.5, ndcgLines: 2, p1: 0.5, p1Lines: 2, offTarget: 0.5 });
    expect(byFamily(scores).get('y')).toMatchObject({ lines: 2, ndcg: 0, p1: 0 });
  });

  it('refuses a grade that is not 0, 1 or 2', () => {
    expect(() => parseGradedLines('{"q":"x","family":"f","grades":{"a":3}}')).toThrow(/grade/);
  });
});
