// The members of a name for several that a message singles out ("leg locks, kneebars specifically").
import { isTechnique } from '../../data/canonical-topics';
import { LEG_LOCKS } from '../../data/topic-families';
import type { BaseTopic } from '../../data/topic-aliases';
import { type TopicUnit, type Unit, isTopic, rawOf, nameStemsOf } from './match';
import type { Token } from './tokenize';

/**
 * The topics a message singles out of a name for several: "kneebars specifically", "specifically
 * the kneebar", or the examples it gives ("leg locks, like kneebars or toe holds").
 */
export function focusedTopics(units: readonly Unit[], ruledOut: ReadonlySet<number>): Set<BaseTopic> {
  const word = (u: Unit | undefined): string => rawOf(u) ?? '';
  const single = (u: Unit | undefined): u is TopicUnit => isTopic(u) && u.topics.length === 1;
  // ("mainly the kneebar and the toe hold": an article between, and the list it opens)
  const before = (k: number): string => (ARTICLES.has(word(units[k - 1])) ? word(units[k - 2]) : word(units[k - 1]));
  const focus = units.findIndex(
    (u, k) => single(u) && (FOCUS_WORDS.has(word(units[k + 1])) || FOCUS_WORDS.has(before(k))),
  );
  const focused = units[focus];
  if (single(focused)) return new Set(FOCUS_WORDS.has(before(focus)) ? listFrom(units, focus) : focused.topics);
  const somethingBefore = (k: number): boolean =>
    word(units[k - 1]) === 'something' ||
    (word(units[k - 2]) === 'something' && SOMETHING_KINDS.has(word(units[k - 1])));
  const examples = new Set<BaseTopic>();
  units.forEach((u, k) => {
    // "leg locks, like kneebars": right after the name ("i dont like heel hooks" gives no example)
    // ("leg lock stuff but not heel hooks, something safer like kneebars": the name said before it)
    const named = somethingBefore(k)
      ? units.slice(0, k).findLast((v) => isTopic(v) && v.topics.length > 1)
      : word(units[k - 1]) === ','
        ? units[k - 2]
        : units[k - 1];
    if (!EXAMPLE_WORDS.has(word(u)) || !isTopic(named) || named.topics.length < 2) return;
    // the examples run on through a list: "like kneebars or toe holds"
    for (const t of listFrom(units, k + 1)) examples.add(t);
  });
  if (examples.size) return examples;
  // "heelie entries from SLX … my adults want to start playing leg locks": a member named by itself
  // is the one meant by the name for several
  // ("the difference between ude garami and gyaku ude garami" weighs both)
  if (units.some((u) => COMPARING.has(word(u)))) return examples;
  const named = new Set(units.flatMap((u, k) => (single(u) && !ruledOut.has(k) ? u.topics : [])));
  const generic = (u: Unit): u is TopicUnit =>
    isTopic(u) && u.topics.length > 1 && u.topics.every((t) => isTechnique(t));
  // ("leg locks yes, so kneebar and toe hold": the curriculum's two that "leg locks" stands for give way to
  // the other locks named, but not to one named in a dislike: "leg locks are fun but i dont really like
  // toe holds")
  const liked = new Set(
    units.flatMap((u, k) =>
      single(u) && !ruledOut.has(k) && !units.slice(Math.max(0, k - 3), k).some((w) => NOT.has(word(w)))
        ? u.topics
        : [],
    ),
  );
  const membersOf = (u: TopicUnit): readonly BaseTopic[] =>
    u.topics.every((t) => LEG_LOCKS.includes(t))
      ? (LEG_LOCKS as readonly BaseTopic[]).filter((t) => liked.has(t) || u.topics.includes(t))
      : u.topics;
  return new Set(units.flatMap((u) => (generic(u) ? membersOf(u).filter((t) => named.has(t)) : [])));
}
const SOMETHING_KINDS: ReadonlySet<string> = new Set(['safer', 'easier', 'simpler', 'softer', 'gentler']);

/** The single topics of the list that opens at unit `from`: "kneebars or toe holds", "the kneebar and the toe hold". */
function listFrom(units: readonly Unit[], from: number): BaseTopic[] {
  const list: BaseTopic[] = [];
  for (let j = from; j < units.length; j++) {
    const v = units[j];
    if (isTopic(v) && v.topics.length === 1) list.push(v.topics[0]!);
    else if (!LIST_GLUE.has(rawOf(v) ?? '')) break;
  }
  return list;
}
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a']);
const NOT: ReadonlySet<string> = new Set(['dont', 'not', 'never', 'no', 'doesnt', 'hate']);
const COMPARING: ReadonlySet<string> = new Set(['difference', 'vs', 'versus', 'compare', 'compared', 'or']);
const FOCUS_WORDS: ReadonlySet<string> = new Set(['specifically', 'particularly', 'especially', 'mostly', 'mainly']);
const EXAMPLE_WORDS: ReadonlySet<string> = new Set(['like', 'eg', 'incl', 'including']);
const LIST_GLUE: ReadonlySet<string> = new Set([',', 'or', 'and', 'the', 'a', '/', '&']);

/**
 * "any armlock except the straight armbar", "armlocks that arent the armbar": a name followed by an exception that is the topic's own
 * name ("armbar") is the general name the exception is cut out of, not the topic asked by name. An
 * exception by another name is one way of it left out: "guard passing but not the knee slice".
 */
export function cutOutOf(
  units: readonly Unit[],
  tokens: readonly Token[],
  i: number,
  ruledOut: ReadonlySet<number>,
): boolean {
  const u = units[i];
  if (!isTopic(u) || u.topics.length !== 1) return false;
  for (let k = i + 1; k <= i + EXCEPTION_REACH && units[k]?.kind === 'word'; k++) {
    if (!EXCEPTION_WORDS.has(rawOf(units[k]) ?? '')) continue;
    for (let j = k + 1; j <= k + EXCEPTION_REACH; j++) {
      const v = units[j];
      if (!isTopic(v)) continue;
      if (!ruledOut.has(j) || v.topics.length !== 1 || v.topics[0] !== u.topics[0]) return false;
      // (the names are compared only here, where an exception of the same topic follows)
      const ownName = u.topics[0]!.replace(/_/g, ' ');
      return nameStemsOf(tokens, u) !== ownName && nameStemsOf(tokens, v).endsWith(ownName);
    }
  }
  return false;
}
const EXCEPTION_REACH = 3;
// "armlocks that arent the armbar", "armlocks other than the armbar"
const EXCEPTION_WORDS: ReadonlySet<string> = new Set(['except', 'besides', 'excluding', 'but', 'arent', 'other']);
