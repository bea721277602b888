// A message told from the receiving end ("everyone grabs my leg and i tap early", "they smash me
// and i'm flat in 3 seconds"): when no defensive word ties an intent to a topic, the user still asks
// how to survive what is done to them.
import { TECHNIQUES, type TopicId } from '../../data/canonical-topics';
import { isSubmission } from '../../data/topic-names';
import { HELPLESS_PHRASES, RECEIVING_END_PHRASES } from '../../data/receiving-end';
import { type BaseTopic, PINS, WORRY_NEGATIONS } from '../../data/topic-aliases';
import { compilePhrases, hasPhrase, stemsOf } from '../word-phrases';
import { intentTopicOf } from './intent';
import { GUARD_POSITIONS, pins } from './unit-words';

const phrases = compilePhrases(RECEIVING_END_PHRASES);
const helpless = compilePhrases(HELPLESS_PHRASES);
// "i want to be the one choking, not getting choked": the user's side said outright is the attack
const beingTheOne = compilePhrases(['be the one', 'being the one']);
const NEGATORS: ReadonlySet<string> = new Set(WORRY_NEGATIONS);
const flattened = compilePhrases(['flat', 'flattened', 'under', 'underneath', 'on my back', 'bottom']);

/** What can be done to a user: the submissions, takedowns, sweeps, passes and pins (not a guard they play). */
const RECEIVED_KINDS: ReadonlySet<string> = new Set([...TECHNIQUES.filter((t) => t !== 'guard_retention'), ...PINS]);
const INTENTS: ReadonlySet<string> = new Set(
  [...RECEIVED_KINDS, 'back_control', 'turtle'].flatMap((t) => intentTopicOf(t as BaseTopic) ?? []),
);

/** A sentence of the message: its text and the topics it names. */
export interface SentenceTopics {
  readonly text: string;
  readonly topics: readonly TopicId[];
}

/**
 * The intents to add when the message is told from the receiving end and names no defending: those
 * of what it found that can be done to a user and is not ruled out. `sentences` is called only when
 * being lost is all the message says of it.
 */
export function receivedIntents(
  query: string,
  found: ReadonlySet<TopicId>,
  excluded: ReadonlySet<TopicId>,
  sentences: () => readonly SentenceTopics[],
): TopicId[] {
  const stems = stemsOf(query);
  if ([...found].some((t) => INTENTS.has(t)) || hasPhrase(stems, beingTheOne)) return [];
  // ("which half guard sweeps wont wreck me": a worry for the knees, nothing done)
  const lostOnly = !hasPhrase(stems, phrases, NEGATORS);
  if (lostOnly) {
    if (!hasPhrase(stems, helpless)) return [];
    // being lost reaches only what its own sentence names (the sentences read only then)
    const lostIn = new Set(sentences().flatMap((s) => (hasPhrase(stemsOf(s.text), helpless) ? s.topics : [])));
    found = new Set([...found].filter((t) => lostIn.has(t)));
  }
  // flattened in a guard of their own, or lost there, the user is the one who sweeps or submits: "flat
  // in half guard… come up or sweep", "kimura from bottom half when im flat", "x guard sweeps, i arrive
  // in the position but i dont know what to do after"
  const inGuard = [...found].some((t) => GUARD_POSITIONS.has(t)) && (lostOnly || hasPhrase(stems, flattened));
  // lost on top, the pin is the user's: "i end up on top in north south and have no clue what to do"
  const onTop = lostOnly && ON_TOP.test(query);
  // caught while passing, the pass is the user's: "tomo hiza juji toda vez q tento passar a meia guarda"
  const passing = USER_PASSING.test(query);
  // caught in a submission in a pin, the pin is only where it happened, from either side: "tomo chave
  // de braço quando tô por cima na montada" (unless the user says they are under)
  const pinIsThePlace = [...found].some(isSubmission) && !hasPhrase(stems, flattened);
  return [...found].flatMap((t) =>
    RECEIVED_KINDS.has(t) &&
    !excluded.has(t) &&
    !(inGuard && !pins.has(t)) &&
    !((onTop || pinIsThePlace) && pins.has(t)) &&
    !(passing && t === 'guard_passing')
      ? (intentTopicOf(t as BaseTopic) ?? [])
      : [],
  );
}
const USER_PASSING =
  /\b(?:(?:i|im|i'm|eu)(?: am| was)? (?:try(?:ing)? to |tried to )?pass(?:ing)?|(?:tento|tentando|tentei|to|tô|estou|estava) passa(?:r|ndo))\b/i;
// ("he's on top of me" is someone else on top)
const ON_TOP = /\b(?:on top|from (?:the )?top|top position)\b(?!\s+of\b)/i;
