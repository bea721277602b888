// What about the user changes which videos fit (data/constraint-words.ts): smaller or bigger than
// their partners, older, less flexible. Size is read from whose it is: "I'm small" and "against
// bigger guys" both make the user the smaller one.
import {
  AGAINST_WORDS,
  BIG_WORDS,
  BIGGER_PHRASES,
  HEAVY_KG,
  LIGHT_KG,
  LESS_FLEXIBLE_PHRASES,
  OLDER_AGE,
  OLDER_PHRASES,
  OPPONENT_NOUNS,
  SELF_MARKERS,
  SMALL_WORDS,
  SELF_DEFENCE_PHRASES,
  ESCAPE_TO_OFFENCE_PHRASES,
  SMALLER_PHRASES,
  STRIKES_PHRASES,
} from '../data/constraint-words';
import { splitWords } from './topics/tokenize';
import { compilePhrases, hasPhrase, stemsOf } from './word-phrases';

export type Constraint =
  'smaller' | 'bigger' | 'older' | 'less_flexible' | 'strikes' | 'self_defence' | 'escape_to_offence';
const CONSTRAINTS: readonly Constraint[] = [
  'smaller',
  'bigger',
  'older',
  'less_flexible',
  'strikes',
  'self_defence',
  'escape_to_offence',
];

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const big = set(BIG_WORDS);
const small = set(SMALL_WORDS);
const selfMarkers = set(SELF_MARKERS);
const opponentNouns = set(OPPONENT_NOUNS);
const againstWords = set(AGAINST_WORDS);
const smallerPhrases = compilePhrases(SMALLER_PHRASES);
const biggerPhrases = compilePhrases(BIGGER_PHRASES);
const olderPhrases = compilePhrases(OLDER_PHRASES);
const lessFlexible = compilePhrases(LESS_FLEXIBLE_PHRASES);
const strikes = compilePhrases(STRIKES_PHRASES);
const selfDefence = compilePhrases(SELF_DEFENCE_PHRASES);
const escapeToOffence = compilePhrases(ESCAPE_TO_OFFENCE_PHRASES);
const SELF_REACH = 3;
const DEGREE: ReadonlySet<string> = new Set(['way', 'much', 'lot', 'far', 'so', 'really', 'all']);

type Whose = 'self' | 'opponent' | undefined;

function whoseSize(words: readonly string[], i: number): Whose {
  // "I'm a smaller guy", "as a big guy": the user, even with a noun after
  for (let j = i - 1; j >= Math.max(0, i - SELF_REACH); j--) if (selfMarkers.has(words[j] ?? '')) return 'self';
  if (opponentNouns.has(words[i + 1] ?? '') || opponentNouns.has(words[i + 2] ?? '')) return 'opponent';
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) if (againstWords.has(words[j] ?? '')) return 'opponent';
  // "rolling with guys way heavier": the size word after the opponents it describes
  const before = DEGREE.has(words[i - 1] ?? '') ? i - 2 : i - 1;
  if (opponentNouns.has(words[before] ?? '')) return 'opponent';
  return undefined;
}

/** "I'm 45", "a 42 year old beginner", "52yo" (but "I'm 5'6" is a height and "im 60kg" a weight). */
const AGE_AFTER_SUBJECT = /\b(?:i'?m|i am|age|aged|turning|turned)\s+(\d{2})(?!\s*(?:['\u2019"\d]|kg|kilo|lb|pound))/;
const AGE_WITH_UNIT = /\b(\d{2})\s*(?:years?[\s-]*old|yrs?[\s-]*old|yo|y\/o)\b|\bten(?:ho|go)\s+(\d{2})\s+a(?:n|ñ)os\b/;
/** "tenho 46 anos", "tengo 52 años": Portuguese and Spanish say an age as years had. */
const ageWithUnit = (lower: string): string | undefined => {
  const match = AGE_WITH_UNIT.exec(lower);
  return match?.[1] ?? match?.[2];
};
/** "52 and just started", "47, new to this": an age opening the message, said of a start. */
const AGE_OPENING_A_START =
  /^\s*(\d{2})\s*(?:,|and|&|n)\s*(?:just\s+start(?:ed|ing)|just\s+began|new to (?:bjj|jiu|this)|started|starting|a beginner|beginner|brand new)\b/;
function saysOlderAge(query: string): boolean {
  const lower = query.toLowerCase();
  const age = Number(
    AGE_AFTER_SUBJECT.exec(lower)?.[1] ?? ageWithUnit(lower) ?? AGE_OPENING_A_START.exec(lower)?.[1] ?? NaN,
  );
  return age >= OLDER_AGE && age < 100;
}

/**
 * The user's own weight ("im 60kg", "im a 50kg girl", "i weigh 230 lbs", "52kg woman here"), in kilograms; a weight
 * said of others ("everyone is 80-100kg") follows no self marker and is not the user's.
 */
const OWN_WEIGHT =
  /(?:^|\b(?:i'?m a|i am a|i'?m|i am|i weigh|weigh|at|only|like|about|around)\s+)(\d{2,3})\s*(kgs?|kilos?|lbs?|pounds)\b/;
function ownWeightKg(query: string): number | null {
  const match = OWN_WEIGHT.exec(query.toLowerCase().trim());
  if (!match) return null;
  const n = Number(match[1]);
  return match[2]!.startsWith('k') ? n : n * KG_PER_POUND;
}
const KG_PER_POUND = 0.4536;

export function constraintsOf(query: string): Constraint[] {
  const words = splitWords(query);
  const stems = stemsOf(query);
  const found = new Set<Constraint>();
  if (hasPhrase(stems, smallerPhrases)) found.add('smaller');
  if (hasPhrase(stems, biggerPhrases)) found.add('bigger');
  words.forEach((w, i) => {
    const size = big.has(w) ? 'big' : small.has(w) ? 'small' : undefined;
    if (!size) return;
    const whose = whoseSize(words, i);
    if (whose === 'self') found.add(size === 'big' ? 'bigger' : 'smaller');
    if (whose === 'opponent') found.add(size === 'big' ? 'smaller' : 'bigger');
  });
  const weight = ownWeightKg(query);
  if (weight !== null && weight <= LIGHT_KG) found.add('smaller');
  if (weight !== null && weight >= HEAVY_KG) found.add('bigger');
  if (hasPhrase(stems, olderPhrases) || saysOlderAge(query)) found.add('older');
  if (hasPhrase(stems, lessFlexible)) found.add('less_flexible');
  if (hasPhrase(stems, strikes)) found.add('strikes');
  if (hasPhrase(stems, selfDefence)) found.add('self_defence');
  if (hasPhrase(stems, escapeToOffence)) found.add('escape_to_offence');
  return CONSTRAINTS.filter((c) => found.has(c));
}
