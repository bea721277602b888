// A block of topic cases: `readsAs('title', [['armbar escapes', ['armbar', 'armbar_defense']], …])`,
// each query read as exactly these topics.
import { describe, expect, it } from 'vitest';
import { extractTopics } from '../src/domain/topics';

export function readsAs(title: string, cases: readonly (readonly [string, readonly string[]])[]): void {
  describe(title, () => {
    it.each(cases)('%j → %j', (q, topics) => {
      expect(extractTopics(q)).toEqual(topics);
    });
  });
}
