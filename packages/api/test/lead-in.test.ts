import { describe, expect, it } from 'vitest';
import type { TopicId } from '../src/data/canonical-topics';
import { composeLeadIn } from '../src/domain/lead-in';

const leadIn = (topics: TopicId[], variant = 0) => composeLeadIn({ topics, belt: null, videoCount: 3, variant });

describe('composeLeadIn', () => {
  it.each([
    [['triangle', 'triangle_defense'], /triangle/],
    [['mount', 'mount_escape'], /mount/],
    [['guard_retention'], /guard/],
    [['armbar', 'mount'], /armbar and mount/i],
    [[], /fundamentals/],
    [['no-gi'], /fundamentals for no-gi/],
  ] as [TopicId[], RegExp][])('for %j names what was asked and speaks to YOUR game', (topics, names) => {
    for (const variant of [0, 1]) {
      const text = leadIn(topics, variant);
      expect(text).toMatch(names);
      expect(text).toMatch(/YOUR/);
    }
  });

  it('is honest when no technique was recognised, and says how to get specific', () => {
    expect(leadIn([])).toMatch(/couldn't tie that to a specific technique/);
    expect(leadIn([])).toMatch(/Name a position or a submission/);
  });

  it('prefers the escape framing over the attack framing', () => {
    expect(leadIn(['side_control', 'side_control_escape'])).toMatch(/escape/i);
  });

  it('answers a family of techniques with a spread, and invites the user to pick one', () => {
    const text = composeLeadIn({ topics: ['gi'], belt: null, videoCount: 3, variant: 0, family: 'chokes' });
    expect(text).toBe("Chokes are a big family, so here is a spread for gi to build YOUR game from. Name the one you like best and I'll go deeper.");
  });

  it('says it found exactly that when only titles named the question', () => {
    expect(composeLeadIn({ topics: [], belt: null, videoCount: 3, variant: 0, titleMatched: true })).toMatch(/^Here's what I have on exactly that/);
  });

  it('agrees in number with what was asked', () => {
    expect(leadIn(['kimura'], 0)).toMatch(/^Kimura is a smart thing/);
    expect(leadIn(['heel_hook', 'straight_ankle_lock'], 0)).toMatch(/^Heel hook and straight ankle lock are smart things/);
  });

  it('varies its phrasing between requests', () => {
    expect(leadIn(['kimura'], 0)).not.toBe(leadIn(['kimura'], 1));
  });
});
