// "the college wrestlers just run thru me. need a bottom game": a style named for the people who do
// it says who the opponents are, not what is asked, when something else is asked.
import { isTechnique } from '../../data/canonical-topics';
import { familyOf } from '../topic-families';
import { type Unit, isTopic } from './match';
import type { Token } from './tokenize';

/** The units that name the opponents by their style, to be read as no topic. */
export function opponentsStyle(units: readonly Unit[], tokens: readonly Token[], query: string): Set<number> {
  // ("guillotine vs wrestlers": whom the technique is for is part of the question)
  const people = units.flatMap((u, i) =>
    isTopic(u) &&
    ((u.end - u.start === 1 && STYLE_PEOPLE.has(tokens[u.start]?.raw ?? '')) || namesAGroup(units, tokens, i)) &&
    !FACING.has(tokens[u.start - 1]?.raw ?? '')
      ? [i]
      : [],
  );
  if (!people.length) return new Set();
  const otherAsked = units.some((u, i) => isTopic(u) && !people.includes(i) && u.topics.some((t) => !ATTIRE.has(t)));
  return otherAsked || familyOf(query) ? new Set(people) : new Set();
}

const STYLE_PEOPLE: ReadonlySet<string> = new Set(['wrestlers', 'wrestler', 'judoka', 'judokas']);
/** "the leg lock crew at my gym": a technique naming a group of people. */
const namesAGroup = (units: readonly Unit[], tokens: readonly Token[], i: number): boolean => {
  const u = units[i];
  return (
    isTopic(u) &&
    u.topics.every((t) => isTechnique(t)) &&
    units[i + 1]?.kind === 'word' &&
    GROUPS.has(tokens[u.end]?.raw ?? '')
  );
};
const GROUPS: ReadonlySet<string> = new Set(['crew', 'gang', 'squad', 'mafia', 'bros', 'nerds']);
const ATTIRE: ReadonlySet<string> = new Set(['gi', 'no-gi']);
const FACING: ReadonlySet<string> = new Set(['vs', 'versus', 'against', 'agains', 'with', 'for', 'on']);
