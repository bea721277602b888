// One parser per field; a reply that declines the question ("skip", "idk") is never an answer.

import { parseBeltLevel } from './belt';
import { parseTrainingFrequency } from './frequency';
import { parseMainPosition } from './position';
import { parseTrainingGoal } from './goals';
import { isSkipReply } from './skip';
import { correctedTail, leadingCount } from './correction';
import { correctSpelling } from './spelling';
import { foldLetters } from './text';
import { withoutAddress } from './address';
import type { ProfileField, ProfileValue } from './types';
import { affirmedAfterDenial } from './affirmed-after-denial';
import { summedUpTail } from './summed-up-tail';
import { totalSaid } from './frequency-total-said';
import { statementsOf } from './asked-only';
import { aboutACrowdOnly } from './crowd-subject';

const PARSERS: Readonly<Record<ProfileField, (text: string) => ProfileValue | null>> = {
  belt_level: parseBeltLevel,
  training_frequency: parseTrainingFrequency,
  main_position: parseMainPosition,
  training_goals: parseTrainingGoal,
};

// "What belt should I be after 2 years?" asks back instead of answering ("how about twice?" answers).
const ASKS_BACK = /^\s*(what|whats|which|should|why|when|where|is|are|do|does|can|could|how(?!\s+about))\b[^?]*\?\s*$/i;
// "que es guardia?", "o que é meia guarda?", "qual a diferença?": a question back in Spanish or Portuguese
const ASKS_BACK_IBERIAN = /^\s*(?:que|o que|qual|quais|cual|cuales|por que|pra que|para que)\b[^?]*\?\s*$/i;
// "what belt do you think i am after 2 years", "que faixa voce acha que eu sou": asks for a guess, even
// unpunctuated and in the first person
const ASKS_A_GUESS =
  /^\s*(?:what|which|que|qual|cual)\b.*\b(?:(?:do|would|d)\s+you\s+(?:think|say|guess|reckon)|(?:crees|piensas|acha|achas|acham)\s+que)\b/i;
// "whats the one after white again": a question back, even unpunctuated
const ASKS_BACK_UNMARKED =
  /^\s*(?:what'?s|what is|which is|which one)\b(?!\s+(?:up|good|new|going)\b)(?![\s\S]*\b(?:i|im|i'm|my|me)\b)/i;
// "the classes here are mon wed fri right?": a fact about the gym put up to be confirmed, not the user's own
const ASKS_TO_CONFIRM = /\b(?:right|correct|innit|isn'?t it|aren'?t they|don'?t they|eh|ne|certo|verdad)\s*\?+\s*$/i;
const FIRST_PERSON = /\b(?:i|im|i'm|my|me|eu|meu|minha|yo|mi)\b/i;
const STATES = /\b(?:is|are|s|re|es|son|sao)\b/i;
const asksToConfirm = (text: string): boolean =>
  ASKS_TO_CONFIRM.test(text) && STATES.test(text) && !FIRST_PERSON.test(text);

/** The value the answer gives for `field`, or null when it can't be read ("not understood"). */
export function parseProfileAnswer(field: ProfileField, raw: string): ProfileValue | null {
  // accents folded first, as the tokens fold them: the spelling pass keeps "competição" whole
  // "kuya, blue belt po": the reader addressed is no one the answer is about
  const whole = withoutAddress(foldLetters(raw.normalize('NFD').replace(DIACRITICS, '')));
  // "whats a weekend? lol. 3 days usually": a question the user answers themselves is read past
  const text = ASKS_BACK_UNMARKED.test(whole) ? (afterOwnQuestion(whole) ?? whole) : whole;
  if (
    isSkipReply(text) ||
    ASKS_BACK.test(text) ||
    ASKS_BACK_UNMARKED.test(text) ||
    asksBackOtherwise(text) ||
    asksToConfirm(text) ||
    aboutACrowdOnly(text)
  )
    return null;
  const parse = PARSERS[field];
  const read = (part: string): ProfileValue | null => parse(correctSpelling(field, part));
  // "zero. jk, 4": what follows a correction is the answer, when it gives one
  const tail = correctedTail(text);
  if (tail === '') return null;
  const corrected = tail === null ? null : answerOfTail(field, tail);
  // the first part that stands for the whole answer and reads as one, else the whole answer
  let value = corrected === null ? null : read(corrected);
  for (const partOf of PARTS) {
    if (value !== null) break;
    const part = partOf(field, text);
    if (part !== null) value = read(part);
  }
  value ??= read(text);
  // a value read only from a question the user asks back is none
  const statements = value === null ? null : statementsOf(text);
  if (statements !== null && (statements.trim() === '' || read(statements) === null)) return null;
  return value;
}

/**
 * Parts of an answer that stand for the whole when they read as one, after a correction's tail: the
 * want after a denial ("i'm not doing this just to sweat, i want to win pans"), a story's own summary
 * ("… so yes, brown belt"), the user's own sum ("…, so three sessions total").
 */
const PARTS: readonly ((field: ProfileField, text: string) => string | null)[] = [
  affirmedAfterDenial,
  (_, text) => summedUpTail(text),
  (field, text) => (field === 'training_frequency' ? totalSaid(text) : null),
];

const DIACRITICS = /\p{M}/gu;

/** What follows the first question mark, when words follow it that ask nothing more; else null. */
const afterOwnQuestion = (text: string): string | null => {
  const rest = text.slice(text.indexOf('?') + 1);
  return text.includes('?') && /[\p{L}\p{N}]/u.test(rest) && !rest.includes('?') ? rest : null;
};

const asksBackOtherwise = (text: string): boolean => ASKS_BACK_IBERIAN.test(text) || ASKS_A_GUESS.test(text);

/** "3 a week.. actually 4, forgot the saturday open mat": the corrected count, not its explanation. */
const answerOfTail = (field: ProfileField, tail: string): string =>
  (field === 'training_frequency' ? leadingCount(tail) : null) ?? tail;

export function looksLikeAnswer(field: ProfileField, text: string): boolean {
  return parseProfileAnswer(field, text) !== null;
}
