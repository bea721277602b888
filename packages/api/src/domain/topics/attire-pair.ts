// Gi and no-gi in one message: compared ("gi vs nogi", "switching from gi to no gi"), both are asked;
// joined by "and" ("legal in the gi and no gi"), neither is insisted on; otherwise, with no-gi named
// last, the gi is where the user comes from or what they lack ("years in the gi, now nogi only",
// "forgot my gi… what can I do without a gi") and no-gi is what is asked.
import type { TopicId } from '../../data/canonical-topics';
import { type Unit, isTopic, rawOf } from './match';
import type { Token } from './tokenize';

const COMPARING: ReadonlySet<string> = new Set([
  'vs',
  'versus',
  'v',
  'or',
  'ou',
  'o',
  'between',
  'both',
  'than',
  'difference',
  'differences',
  'different',
  'compare',
  'compared',
  'comparing',
  'switch',
  'switching',
  'transition',
  'transitioning',
  'translate',
  'translates',
]);

const BOTH_JOINED: ReadonlySet<string> = new Set(['and', 'n', 'e', 'y', '/']);
const namesAttire = (u: Unit | undefined): boolean =>
  isTopic(u) && (u.topics.includes('gi') || u.topics.includes('no-gi'));

// "what ankle lock setup works in both", "um escape que sirva pros dois", "gi or nogi doesnt matter":
// wanted for either attire
const EITHER =
  /(?:^| )(?:both|ambos|ambas|pros dois|para os dois|para los dos|doesnt matter|doesn t matter|dont matter|whatever|either|either way|idc|no preference)(?: |$)/;
const saysEither = (tokens: readonly Token[], from: number, to = tokens.length): boolean =>
  EITHER.test(
    tokens
      .slice(from, to)
      .map((t) => t.raw)
      .join(' '),
  );
// "doesnt matter gi or nogi": said right before the pair too
const EITHER_BEFORE = 4;

/** Settles `found` when it holds both gi and no-gi and nothing compares the two. */
export function settleGiAndNoGi(
  found: Set<TopicId>,
  units: readonly Unit[],
  tokens: readonly Token[],
  excluded: ReadonlySet<TopicId>,
): void {
  if (!found.has('gi') || !found.has('no-gi')) return settleAttireOrNot(found, units, tokens);
  // one of them ruled out too ("a gi closed guard guy… how do i run closed guard without the kimono"): the other is asked
  const ruledOut = (['gi', 'no-gi'] as const).filter((a) => excluded.has(a));
  if (ruledOut.length === 1) {
    found.delete(ruledOut[0]!);
    return;
  }
  const lastAttire = units.findLast(namesAttire);
  const firstAttire = units.find(namesAttire);
  const before = firstAttire
    ? saysEither(tokens, Math.max(0, firstAttire.start - EITHER_BEFORE), firstAttire.start)
    : false;
  if (lastAttire && (before || saysEither(tokens, lastAttire.end))) {
    found.delete('gi');
    found.delete('no-gi');
    return;
  }
  if (tokens.some((t) => COMPARING.has(t.raw))) return;
  const joined = units.findLastIndex(
    (u, i) => namesAttire(u) && BOTH_JOINED.has(rawOf(units[i + 1]) ?? '') && namesAttire(units[i + 2]),
  );
  if (joined >= 0) {
    // one named alone after the pair is where the story goes on ("doing gi and nogi. in the gi i keep …")
    const alone = units.findLastIndex(namesAttire) > joined + 2 ? lastAttire : undefined;
    for (const attire of ['gi', 'no-gi'] as const)
      if (!isTopic(alone) || !alone.topics.includes(attire)) found.delete(attire);
    return;
  }
  if (isTopic(lastAttire) && lastAttire.topics.includes('no-gi')) found.delete('gi');
}

/** "mata leão from the back, gi or not idc": one attire "or not" is either. */
function settleAttireOrNot(found: Set<TopicId>, units: readonly Unit[], tokens: readonly Token[]): void {
  const attire = units.find(namesAttire);
  if (!attire || tokens[attire.end]?.raw !== 'or' || !OR_NOT.has(tokens[attire.end + 1]?.raw ?? '')) return;
  found.delete('gi');
  found.delete('no-gi');
}
const OR_NOT: ReadonlySet<string> = new Set(['not', 'no', 'without', 'nah']);

const OTHER_ATTIRE: Readonly<Record<'gi' | 'no-gi', TopicId>> = { gi: 'no-gi', 'no-gi': 'gi' };

/** "dont send me anything with a gi, darce setups": the attire ruled out leaves the other one insisted on. */
export function withOtherAttire(found: Set<TopicId>, excluded: ReadonlySet<TopicId>): void {
  if (found.has('gi') || found.has('no-gi')) return;
  const ruledOut = (['gi', 'no-gi'] as const).filter((a) => excluded.has(a));
  if (ruledOut.length === 1) found.add(OTHER_ATTIRE[ruledOut[0]!]);
}
