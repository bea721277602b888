// A name that is also another activity's move: a climber's heel hook, a yoga triangle, a mount on a
// horse. The activity's words are read in the name's own sentence, never in a comparison.
import { HOMONYM_ACTIVITIES } from '../../data/everyday-senses';
import { isAttire } from '../../data/canonical-topics';
import { SENTENCE_ENDS, type TopicUnit, type Unit, isTopic } from './match';
import { type Token, stemWord } from './tokenize';

const homonyms = HOMONYM_ACTIVITIES.map((h) => ({ words: new Set(h.words), topics: new Set(h.topics) }));

/**
 * A climber's heel hook, a yoga triangle: the message is about another activity with moves of that
 * name. Beside a BJJ name that activity has no move of ("a kimura trap from north south … on the
 * drive home"), the message is about BJJ.
 */
// ("my dog got out. mount escapes?": the activity's words are read in the name's own sentence)
export function isOtherActivitysMove(units: readonly Unit[], tokens: readonly Token[], u: TopicUnit): boolean {
  if (saysSubmission(tokens, u)) return false;
  let sentence: readonly number[] | undefined;
  return homonyms.some(
    (h) =>
      u.topics.every((t) => h.topics.has(t)) &&
      (sentence ??= sentenceOf(tokens, u)).some((k) => h.words.has(tokens[k]!.raw) && !inSimile(tokens, k)) &&
      !units.some((o) => isTopic(o) && o.weak === undefined && o.topics.some((t) => !h.topics.has(t) && !isAttire(t))),
  );
}

/** "my mount … feels like riding a bucking horse": a word of the other activity in a comparison. */
function inSimile(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - SIMILE_REACH) && !tokens[k]?.isBreak; k--) {
    // "they love pretending to be a bucking horse"
    if (tokens[k]?.raw === 'be' && tokens[k - 1]?.raw === 'to' && PRETENDING.has(tokens[k - 2]?.raw ?? '')) return true;
    if (tokens[k]?.raw !== 'like') continue;
    if (SIMILE_LEADS.has(tokens[k - 1]?.raw ?? '')) return true;
    // "sliding off like a toddler on a playground slide" (not "i like a good kimura")
    if (ARTICLES.has(tokens[k + 1]?.raw ?? '') && !LIKERS.has(tokens[k - 1]?.raw ?? '')) return true;
  }
  return false;
}
const SIMILE_REACH = 4;
const PRETENDING: ReadonlySet<string> = new Set(['pretend', 'pretends', 'pretending', 'pretended']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
const LIKERS: ReadonlySet<string> = new Set([
  'i',
  'you',
  'we',
  'they',
  'he',
  'she',
  'really',
  'would',
  'do',
  'dont',
  'also',
]);
const SIMILE_LEADS: ReadonlySet<string> = new Set([
  'feels',
  'feel',
  'felt',
  'its',
  'was',
  'looks',
  'looked',
  'kinda',
  'just',
]);

/**
 * The indexes of the tokens of the sentence a name is in; `ends` says which break ends one (a full
 * stop, question or exclamation mark unless told otherwise).
 */
export function sentenceOf(
  tokens: readonly Token[],
  u: TopicUnit,
  ends: (t: Token | undefined) => boolean = endsASentence,
): readonly number[] {
  let from = u.start;
  while (from > 0 && !ends(tokens[from - 1])) from--;
  let to = u.end;
  while (to < tokens.length && !ends(tokens[to])) to++;
  return Array.from({ length: to - from }, (_, n) => from + n);
}
const endsASentence = (t: Token | undefined): boolean => t?.isBreak === true && SENTENCE_ENDS.has(t.raw);

/** "the triangle choke" after geometry homework, "lasso guard" after the cattle: a name that says it is a choke or a guard is the BJJ one. */
const saysSubmission = (tokens: readonly Token[], u: TopicUnit): boolean =>
  tokens.slice(u.start, u.end + 1).some((t) => SUBMISSION_STEMS.has(t.stem));
const SUBMISSION_STEMS: ReadonlySet<string> = new Set(
  ['choke', 'strangle', 'submission', 'chokehold', 'guard'].map(stemWord),
);
