import { describe, expect, it } from 'vitest';
import type { TopicId } from '../src/data/canonical-topics';
import { composeLeadIn } from '../src/domain/lead-in';
import { injuryOf } from '../src/domain/injury-talk';
import { smallTalkOf } from '../src/domain/small-talk';

const leadIn = (topics: TopicId[], variant = 0) => composeLeadIn({ topics, belt: null, videoCount: 3, variant });

describe('composeLeadIn', () => {
  it.each([
    [['triangle', 'triangle_defense'], /triangle/],
    [['mount', 'mount_escape'], /mount/],
    [['guard_retention'], /guard/],
    [['armbar', 'mount'], /the armbar from the mount/i],
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

  it('answers a question of what to study with a plan for the belt and a nudge to log', () => {
    const text = composeLeadIn({ topics: [], belt: 'white', videoCount: 3, variant: 0, study: true });
    expect(text).toMatch(/study at white belt/);
    expect(text).toMatch(/Log your sessions/);
  });

  it('prefers the escape framing over the attack framing', () => {
    expect(leadIn(['side_control', 'side_control_escape'])).toMatch(/escape/i);
  });

  it('answers a family of techniques with a spread, and invites the user to pick one', () => {
    const text = composeLeadIn({ topics: ['gi'], belt: null, videoCount: 3, variant: 0, family: 'chokes' });
    expect(text).toBe(
      "Chokes are a big family, so here is a spread in the gi to build YOUR game from. Name the one you like best and I'll go deeper.",
    );
  });

  it('says to get pain checked before any technique advice', () => {
    expect(injuryOf('my knee hurts after rolling, should I train?')).toBe('knee');
    expect(injuryOf('tweaked something last night')).toBe('');
    expect(injuryOf('knee on belly escapes')).toBeNull();
    expect(injuryOf('I broke his guard open with a knee cut')).toBeNull();
    expect(composeLeadIn({ topics: [], belt: null, videoCount: 3, variant: 0, injury: 'knee' })).toMatch(
      /^Sorry to hear it\. If that knee still hurts, get it checked before you roll hard on it — I coach technique, not injuries\. I couldn't tie that/,
    );
  });

  it('answers a greeting as a greeting, and asks what the user is working on', () => {
    expect(composeLeadIn({ topics: [], belt: 'blue', videoCount: 3, variant: 0, smallTalk: 'greeting' })).toBe(
      "Good to see you. Tell me what you're working on — a position, a submission, or how your last roll went — and I'll coach YOUR game from there. Until then, fundamentals that pay off at blue belt.",
    );
    expect(composeLeadIn({ topics: [], belt: null, videoCount: 3, variant: 0, smallTalk: 'thanks' })).toMatch(
      /^Any time\. /,
    );
    for (const text of ['hi', 'Hey prof!']) expect(smallTalkOf(text), text).toBe('greeting');
    for (const text of ['thanks 👍', 'ok cool, thank you so much']) expect(smallTalkOf(text), text).toBe('thanks');
    for (const text of ['hi, how do I escape mount', 'armbar', 'thanks, what about kimuras?', ''])
      expect(smallTalkOf(text), text).toBeNull();
  });

  it('says it found exactly that when only titles named the question', () => {
    expect(composeLeadIn({ topics: [], belt: null, videoCount: 3, variant: 0, titleMatched: true })).toMatch(
      /^Here's what I have on exactly that/,
    );
  });

  it('agrees in number with what was asked', () => {
    expect(leadIn(['kimura'], 0)).toMatch(/^The kimura is a smart thing/);
    expect(leadIn(['heel_hook', 'straight_ankle_lock'], 0)).toMatch(
      /^The heel hook and the straight ankle lock are smart things/,
    );
    expect(leadIn(['takedown'], 1)).toBe("Here's how I'd sharpen takedowns in YOUR game.");
    expect(leadIn(['guard_passing'], 0)).toBe('Guard passing is a smart thing to build into YOUR game. Start here.');
    expect(leadIn(['back_take', 'back_take_defense'], 0)).toBe(
      "Getting caught by back takes is fixable. Here's how to shut them down in YOUR game.",
    );
  });

  it("answers being stuck in someone's guard with passing", () => {
    expect(leadIn(['spider_guard', 'spider_guard_escape'], 0)).toBe(
      "Stuck in spider guard? Posture and grip breaks first, then the pass. Here's how to get past it in YOUR game.",
    );
  });

  it('says where the user is stuck the way a coach would', () => {
    expect(leadIn(['back_control', 'back_control_escape'], 0)).toMatch(/^Stuck with someone on YOUR back\?/);
    expect(leadIn(['turtle', 'turtle_escape'], 0)).toMatch(/^Stuck in turtle\?/);
    expect(leadIn(['mount', 'mount_escape'], 0)).toMatch(/^Stuck under mount\?/);
    expect(composeLeadIn({ topics: [], belt: null, videoCount: 1, variant: 0 })).toMatch(/a fundamental that pays off/);
  });

  it.each([
    ['gear', /^Gear matters less than mat time/],
    ['schedule', /^Consistency beats volume/],
    ['first_class', /^Nerves before a first class are normal/],
    ['recovery', /^Rest is part of training/],
    ['other', /^That one's off the mat/],
  ] as const)('answers a message about %s briefly and honestly, then offers one general video', (general, opening) => {
    const text = composeLeadIn({ topics: [], belt: null, videoCount: 1, variant: 0, general });
    expect(text).toMatch(opening);
    expect(text).toMatch(/YOUR/);
    expect(text).toMatch(/one general video/);
    expect(text.length).toBeLessThan(320);
  });

  it('never offers what the user ruled out', () => {
    for (const variant of [0, 1]) {
      const text = composeLeadIn({
        topics: ['heel_hook', 'straight_ankle_lock'],
        excluded: ['heel_hook'],
        belt: null,
        videoCount: 2,
        variant,
      });
      expect(text).not.toMatch(/heel/i);
      expect(text).toMatch(/straight ankle lock/);
    }
  });

  it('keeps guard retention without offering the sweeps the user ruled out', () => {
    const lines = [0, 1].map((variant) =>
      composeLeadIn({ topics: ['guard_retention'], excluded: ['sweep'], belt: null, videoCount: 2, variant }),
    );
    for (const text of lines) expect(text).not.toMatch(/sweep/i);
    const offered = [0, 1].map((variant) =>
      composeLeadIn({ topics: ['guard_retention'], belt: null, videoCount: 2, variant }),
    );
    expect(offered.some((text) => /sweep/i.test(text))).toBe(true);
  });

  it('says a named technique instead of the topic it belongs to, and where a technique is done', () => {
    expect(composeLeadIn({ topics: ['back_take'], terms: ['berimbolo'], belt: null, videoCount: 2, variant: 1 })).toBe(
      "Here's how I'd sharpen the berimbolo in YOUR game.",
    );
    expect(leadIn(['kimura', 'half_guard'], 1)).toBe("Here's how I'd sharpen the kimura from half guard in YOUR game.");
  });

  it('varies its phrasing between requests', () => {
    expect(leadIn(['kimura'], 0)).not.toBe(leadIn(['kimura'], 1));
  });
});
