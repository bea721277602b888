import { displayName, isAttire } from '../data/canonical-topics';
import { pluralName, pluralNameIsPlural } from '../data/topic-names';
import { capitalise } from './sentence';

export const TEASER_TYPES = [
  'repeated_technique',
  'complementary_pattern',
  'exploration_pattern',
  'gi_nogi_mix',
] as const;
export type TeaserType = (typeof TEASER_TYPES)[number];
export interface Teaser {
  type: TeaserType;
  content: string;
}

export const TEASER_WINDOW = 10;
const MIN_REQUESTS = 3;
const EXPLORATION_POSITIONS = ['closed_guard', 'half_guard', 'mount', 'back_control', 'side_control'] as const;

/**
 * docs/rules.md §2: over the last 10 requests (newest first, this one included), once there are at least 3,
 * the first pattern that matches. The weekly limit is the caller's (it lives in the database).
 */
export function pickTeaser(recentTopics: readonly (readonly string[])[], variant = 0): Teaser | null {
  const window = recentTopics.slice(0, TEASER_WINDOW);
  if (window.length < MIN_REQUESTS) return null;
  const requestsWith = (topic: string) => window.filter((topics) => topics.includes(topic)).length;

  const repeated = mostRepeatedTopic(window);
  if (repeated)
    return { type: 'repeated_technique', content: repeatedTechniqueContent(repeated.topic, repeated.count, variant) };

  const passing = requestsWith('guard_passing');
  const triangle = window.filter((t) => t.includes('triangle') || t.includes('triangle_defense')).length;
  if (passing >= 2 && triangle >= 2)
    return { type: 'complementary_pattern', content: complementaryContent(passing, triangle) };

  const explored = EXPLORATION_POSITIONS.filter((p) => requestsWith(p) > 0);
  if (explored.length >= 4)
    return { type: 'exploration_pattern', content: explorationContent(explored.map(displayName)) };

  if (requestsWith('gi') > 0 && requestsWith('no-gi') > 0) {
    return { type: 'gi_nogi_mix', content: giNogiContent(requestsWith('gi'), requestsWith('no-gi')) };
  }
  return null;
}

/** docs/rules.md §2.1: a topic (not gi/no-gi) in ≥ 3 requests; the most frequent wins, ties go to the most recent. */
export function mostRepeatedTopic(window: readonly (readonly string[])[]): { topic: string; count: number } | null {
  const counts = new Map<string, { count: number; newest: number }>();
  window.forEach((topics, age) => {
    for (const topic of new Set(topics)) {
      if (isAttire(topic)) continue;
      const entry = counts.get(topic);
      if (entry) entry.count++;
      else counts.set(topic, { count: 1, newest: age });
    }
  });
  let best: { topic: string; count: number; newest: number } | null = null;
  for (const [topic, { count, newest }] of counts) {
    if (count < 3) continue;
    // Same count and recency: the intent ("triangle_defense") says more than its base ("triangle").
    const sameButMoreSpecific =
      best && count === best.count && newest === best.newest && topic.startsWith(`${best.topic}_`);
    if (!best || count > best.count || (count === best.count && newest < best.newest) || sameButMoreSpecific)
      best = { topic, count, newest };
  }
  return best && { topic: best.topic, count: best.count };
}

function repeatedTechniqueContent(topic: string, count: number, variant: number): string {
  const name = pluralName(topic);
  const them = pluralNameIsPlural(topic) ? 'them' : 'it';
  // Two phrasings, so a user who keeps coming back to one topic does not get the same words every week.
  return variant % 2 === 0
    ? `I see you've been deep-diving ${name} — ${count} of your last requests. That's the right approach: focused repetition. ` +
        `Are you hitting ${them} in training yet, or still drilling? Tell me how it's going and I'll pick what YOU should work on next from your actual progress.`
    : `${capitalise(name)} again — that's ${count} of your last requests. You're clearly building something. ` +
        `What happened the last time you tried ${them} live? Tell me how your next roll goes and I'll tailor what YOU drill next.`;
}

function complementaryContent(passing: number, triangle: number): string {
  return (
    `Quick observation: you've asked about guard passing ${passing} times and triangles ${triangle} times. That combination often means ` +
    `you're getting triangled while you try to pass. If that's what's happening, there's a gap in YOUR passing I can help close — tell me how your last roll went.`
  );
}

function explorationContent(positions: string[]): string {
  return (
    `You're exploring a lot of positions — ${positions.length} different areas lately (${positions.join(', ')}). Great for learning the whole game. ` +
    `Tell me what you're actually working on in training and I'll help YOU prioritise instead of spreading thin.`
  );
}

const countOf = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

function giNogiContent(gi: number, noGi: number): string {
  return (
    `YOUR recent requests mix gi and no-gi: ${countOf(gi, 'gi request')} and ${countOf(noGi, 'no-gi request')}. Do you train both, or focus on one? ` +
    `Tell me about your next session and I'll match videos to the training YOU actually do.`
  );
}
