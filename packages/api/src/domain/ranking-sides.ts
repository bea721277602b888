// Which side of a technique a question asks (attack, or defence and escape) and which side a video teaches.
import { baseTopicOf, isAttire, isTechnique, type TopicId } from '../data/canonical-topics';
import { GUARD_POSITIONS } from '../data/topic-aliases';
import { RANKING_WEIGHTS as W } from '../data/ranking-weights';
import type { RankingInput } from './ranking';
import { NAMED, type Side, type VideoFacets } from './video-facets';

const isGuardPosition = (base: string): boolean => GUARD_POSITIONS.includes(base as TopicId);

/**
 * How well a video teaches one member of a family, on the side asked: a choke it teaches escaping,
 * or a guard it teaches passing, counts as the other side.
 */
export function memberStrength(f: VideoFacets, topic: TopicId): number {
  const strength = f.strength.get(topic) ?? 0;
  if (topic !== baseTopicOf(topic) || topic === 'guard_retention') return strength;
  const passing = isGuardPosition(topic) && (f.strength.get('guard_passing') ?? 0) >= NAMED;
  const attacks = f.sides.get(topic)?.has('attack') && !(passing && !f.strength.has('guard_retention'));
  return attacks ? strength : strength * W.OTHER_SIDE;
}

/** The side asked of each technique named: attack when named plainly, defence when defended. */
export function sideAsked(input: RankingInput): ReadonlyMap<string, Side> {
  const sides = new Map<string, Side>();
  for (const t of input.topics) {
    if (!isTechnique(baseTopicOf(t)) && t !== 'guard_retention') continue;
    const base = defendedBase(t);
    if (t !== base || t === 'guard_retention') sides.set(base, 'defence');
    else if (!sides.has(base)) sides.set(base, 'attack');
  }
  return sides;
}

/** A video that teaches an asked technique on the other side only, and no asked technique on the side asked. */
export function teachesOnlyTheOtherSide(f: VideoFacets, asked: ReadonlyMap<string, Side>): boolean {
  let other = false;
  for (const [base, side] of asked) {
    const taught = f.sides.get(base);
    if (!taught) continue;
    if (taught.has(side)) return false;
    other = true;
  }
  return other;
}

/** "armbar_defense" → "armbar", "mount_escape" → "mount", "guard_retention" → "guard_passing". */
export const defendedBase = (topic: TopicId): string =>
  topic === 'guard_retention' ? 'guard_passing' : baseTopicOf(topic);

/** For a defence or escape question: whether the video teaches that side or only the attack. */
export function sideAnswered(facets: VideoFacets, covered: readonly TopicId[]): Side | null {
  const intents = covered.filter((t) => !isAttire(t) && (t !== baseTopicOf(t) || t === 'guard_retention'));
  if (!intents.length) return null;
  return intents.some((t) => facets.sides.get(defendedBase(t))?.has('defence') || facets.strength.has(t))
    ? 'defence'
    : 'attack';
}
