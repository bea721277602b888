// Clauses an answer spends on someone or something else: "my training partner goes every day, I
// manage twice", "everyone at my gym pulls guard", "my coach wants me to compete", "muay thai 3x and
// jiu jitsu 2x". What such a clause says is not the user's answer; every field reads them alike.

import { compileLexicon, findMentions } from './lexicon';
import type { Token } from './text';
import { ART_WORDS } from './belt-words';
import { OTHER_SUBJECTS } from './other-subject-words';
import { continuesTheirs } from './others-elided';
import { NUMBER_WORDS, TIMES_ADVERBS } from './numbers';
import { BJJ_ACTIVITIES } from './frequency-words';
import { TRAINING_PLACES } from './schedule-words';
import { OTHER_SPORTS } from './sport-words';
import { WORLD_ADDS_UP, WORLD_BUT, WORLD_BUT_BEFORE_I, WORLD_I, WORLD_POSSESSIVES, WORLD_THAT } from './world-words';

const WISHED: ReadonlySet<string> = new Set(WORLD_THAT);

// rolling and sparring are BJJ: "i lift 3 days and roll 2 days" ends the lifting at "roll"
const artLexicon = compileLexicon([
  ...ART_WORDS,
  ...[...OTHER_SPORTS].map((w) => [w, 'other'] as const),
  ...[...BJJ_ACTIVITIES].map((w) => [w, 'bjj'] as const),
]);

/** One-word names of other arts ("judo tuesdays" is not a BJJ session). */
export const OTHER_ARTS: ReadonlySet<string> = new Set(
  ART_WORDS.filter(([, art]) => art === 'other').flatMap(([phrase]) => (phrase.includes(' ') ? [] : phrase.split('|'))),
);
const LEADING: ReadonlySet<string> = new Set([
  'my',
  'our',
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'and',
  'so',
  'now',
  // Portuguese and Spanish possessives: "minha namorada", "mi novio", "nosso clube"
  'minha',
  'meu',
  'mi',
  'nosso',
  'nossa',
  // "mis amigos", "meus parceiros"
  'mis',
  'meus',
  'minhas',
  'nuestro',
  'nuestra',
  // "mon frère", "mein Trainer", "il mio istruttore"; "…, aber mein Trainer will…"
  ...WORLD_POSSESSIVES,
  // the articles: "le prof dit que…", "la mia ragazza lo fa…", "o proponitis mou", "der Trainer sagt…"
  ...['le', 'la', 'les', 'l', 'el', 'lo', 'los', 'las', 'o', 'os', 'der', 'die', 'het', 'de'],
  ...WORLD_BUT,
]);

/** Words that may describe the subject before it: "my main training partner". */
const DESCRIBING: ReadonlySet<string> = new Set([
  'main',
  'training',
  'drilling',
  'sparring',
  'rolling',
  'favorite',
  'favourite',
  'regular',
  'usual',
  'best',
  'big',
  'little',
  'older',
  'younger',
  'new',
  'old',
  // "the comp team trains 6 days, I go tue and thu"
  'comp',
  'competition',
  // "the head instructor", "the assistant coach": a role named before the person
  ...['head', 'assistant', 'lead'],
  'advanced',
  // "the black belts at my gym all play top", "the upper belts": ranks held by others
  ...['white', 'blue', 'purple', 'brown', 'black', 'upper', 'higher', 'lower', 'senior', 'other'],
]);
/** People by rank or as a crowd: "the black belts at my gym all play top", "the guys all pull guard". */
const GROUPS: ReadonlySet<string> = new Set(['belts', 'guys', 'girls', 'ladies', 'lads']);
const HEDGES: ReadonlySet<string> = new Set(['think', 'guess', 'reckon', 'suppose', 'probably', 'prob', 'maybe']);
const isOtherSubject = (word: string): boolean => OTHER_SUBJECTS.has(word) || GROUPS.has(word);
// "amigos y comunidad": Spanish "y" lists too (Portuguese "e" is also "é", is); Korean "친구랑" (with
// a friend) takes "and" and "with" as particles, and the one named so is no subject
const LIST: ReadonlySet<string> = new Set(['and', 'or', '&', '+', ',', '/', 'y', '랑', '이랑', '하고', '와', '과']);
/** Words after which a clause starts over with its own subject: "my kid got bullied so self defense". */
const RESTARTS: ReadonlySet<string> = new Set(['so', 'because', 'cause', 'cuz']);
/** The goal includes the user: "my wife wants me to be able to defend us". */
const INCLUDES_USER: ReadonlySet<string> = new Set(['us', 'myself', 'we']);

const TAKE_OVER: ReadonlySet<string> = new Set([
  ...['and', 'but', 'while', 'whereas'],
  // Portuguese "mas eu", "e eu", "enquanto eu"; Spanish "y yo", "mientras yo" ("pero" turns the clause)
  ...['mas', 'e', 'enquanto', 'y', 'mientras'],
  // "…, mais moi c'est pour le plaisir", "…, aber ich…", "…, ma io…"
  ...[WORLD_ADDS_UP, WORLD_BUT, WORLD_BUT_BEFORE_I].flat(),
]);
const THE_USER: ReadonlySet<string> = new Set(['i', 'eu', 'yo', ...WORLD_I]);
const TURN_WORDS: ReadonlySet<string> = new Set(['now', 'then', 'so']);

/** Someone else's wish or instruction: "coach wants us there 4 times a week" is the coach's number. */
const WISHES: ReadonlySet<string> = new Set([
  'wants',
  'wanted',
  'expects',
  'expected',
  'tells',
  'told',
  'asks',
  'asked',
  'makes',
  'made',
  'pushes',
  'needs',
  'requires',
  // "coach recommends we train 3 times"
  'recommends',
  'recommended',
  'suggests',
  'suggested',
  'advises',
  'advised',
]);

/**
 * "I'm", "i am", "im": the user says what they are, whoever else the clause names; "us", "we" and
 * "myself" include the user, except as the object of someone else's wish ("wants us there").
 */
const userIsSubject = (tokens: readonly Token[]): boolean =>
  tokens.some(
    (t, k) =>
      t.text === 'im' ||
      (INCLUDES_USER.has(t.text) && !wishedOn(tokens, k) && !toldWhatToDo(tokens, k)) ||
      (THE_USER.has(t.text) && I_AM.has(tokens[k + 1]?.text ?? '')) ||
      // "mis amigos y yo", "meus parceiros e eu"
      (ME.has(t.text) && AND_ME.has(tokens[k - 1]?.text ?? '')),
  );

/** "wants us", "wants all of us to learn both": the group named as the object of someone's wish. */
const wishedOn = (tokens: readonly Token[], k: number): boolean =>
  WISHES.has(tokens[k - 1]?.text ?? '') ||
  // "…to learn both before we pick": "we" of a clause inside the wish
  WITHIN_WISH.has(tokens[k - 1]?.text ?? '') ||
  (tokens[k - 1]?.text === 'of' && WHOLE.has(tokens[k - 2]?.text ?? '') && WISHES.has(tokens[k - 3]?.text ?? ''));
const WITHIN_WISH: ReadonlySet<string> = new Set(['before', 'until', 'till', 'til']);
const WHOLE: ReadonlySet<string> = new Set(['all', 'each', 'both', 'most', 'some', 'every', 'everyone']);

/** "coach says we should come 3 times", "says we need 4": a rule given to the class, the coach's word. */
const toldWhatToDo = (tokens: readonly Token[], k: number): boolean =>
  SAYS.has(tokens[k - 1]?.text ?? '') && OUGHT.has(tokens[k + 1]?.text ?? '');
const SAYS: ReadonlySet<string> = new Set(['says', 'said', 'reckons', 'thinks', 'insists']);
const OUGHT: ReadonlySet<string> = new Set(['should', 'need', 'must', 'have', 'gotta', 'ought', 'are', 're']);

/** "i am", "ich bin", "ik ben", "je suis", "io sono", "eu sou", "yo soy", "já jsem": the user's own copula. */
const I_AM: ReadonlySet<string> = new Set(['m', 'am', 'bin', 'ben', 'suis', 'sono', 'sou', 'soy', 'jsem', 'jestem']);
const ME: ReadonlySet<string> = new Set(['yo', 'eu']);
const AND_ME: ReadonlySet<string> = new Set(['y', 'e']);

const PLACES: ReadonlySet<string> = new Set(TRAINING_PLACES);
const isCount = (t: Token | undefined): boolean =>
  t?.kind === 'number' || NUMBER_WORDS.has(t?.text ?? '') || TIMES_ADVERBS.has(t?.text ?? '');

/** Nouns that make a person's name a thing of the user's own: "dad bod", "mom life". */
const PERSON_COMPOUNDS: ReadonlySet<string> = new Set(['bod', 'bods', 'strength', 'life', 'jokes', 'mode']);

/**
 * Token indexes in stretches whose subject is someone else (a coach, a partner, the gym, everyone):
 * a stretch is a clause, or its part after "so"/"because".
 */
export function othersClauses(tokens: readonly Token[]): Set<number> {
  const stretches: number[][] = [];
  let current: number[] = [];
  tokens.forEach((t, i) => {
    // "coach promoted me and now I wanna…": the user takes over, after a word of time too
    const lead = TURN_WORDS.has(tokens[i - 1]?.text ?? '') ? i - 2 : i - 1;
    const userTakesOver = THE_USER.has(t.text) && TAKE_OVER.has(tokens[lead]?.text ?? '');
    const restarts = RESTARTS.has(t.text) && !(t.text === 'so' && onlySubject(current.map((k) => tokens[k] as Token)));
    const restart = i > 0 && (t.clause !== tokens[i - 1]?.clause || restarts || userTakesOver);
    if (restart && current.length) {
      stretches.push(current);
      current = [];
    }
    current.push(i);
  });
  if (current.length) stretches.push(current);
  const others = new Set<number>();
  let carried = false;
  for (const stretch of stretches) {
    const content = stretch.map((i) => tokens[i] as Token).filter((t) => t.kind === 'word' || t.kind === 'number');
    let k = 0;
    while (LEADING.has(content[k]?.text ?? '') || RESTARTS.has(content[k]?.text ?? '')) k++;
    // "think she just wanted me out of the house": a hedge before the subject leaves it theirs
    while (HEDGES.has(content[k]?.text ?? '') || (content[k]?.text === 'i' && HEDGES.has(content[k + 1]?.text ?? '')))
      k++;
    while (LEADING.has(content[k]?.text ?? '')) k++;
    while (DESCRIBING.has(content[k]?.text ?? '')) k++;
    // a subject does something: "friends and community" is a list of goals, not a subject
    // "dad bod removal": a compound named after a person is the user's own
    // "my club 2x a week": a place followed by a count is where the user trains, not a subject
    const acts =
      content[k + 1] !== undefined &&
      !LIST.has(content[k + 1]?.text ?? '') &&
      !PERSON_COMPOUNDS.has(content[k + 1]?.text ?? '') &&
      !(PLACES.has(content[k]?.text ?? '') && isCount(content[k + 1]));
    const theirs = isOtherSubject(content[k]?.text ?? '') && acts && !userIsSubject(content) && !bareI(content, k);
    // "mein Trainer will, dass ich Turniere mache": what their wish is for, past its comma, is theirs too
    // "…, passa a aula toda puxando pra guarda": a clause going on about them with the subject dropped
    const wished: boolean = carried && (WISHED.has(content[0]?.text ?? '') || continuesTheirs(content));
    if (theirs || wished) for (const i of stretch) others.add(i);
    carried = theirs || wished;
  }
  return others;
}

/**
 * "ami self defence er jonno shikhi": a word that is "I" in one tongue and someone else in another
 * (Bengali "ami", French "ami", friend) is the other person only when owned: "mon ami", "un ami".
 */
const bareI = (content: readonly Token[], k: number): boolean =>
  THE_USER.has(content[k]?.text ?? '') && !OWNING.has(content[k - 1]?.text ?? '');
const OWNING: ReadonlySet<string> = new Set(
  [...LEADING, 'un', 'une', 'l', 'le', 'la', 'des'].filter((w) => !TAKE_OVER.has(w) && !RESTARTS.has(w)),
);

/**
 * "meu parceiro de treino só joga por cima": right after a subject that has done nothing yet, "so" is
 * Portuguese "só" (only), not English "so" starting over.
 */
function onlySubject(stretch: readonly Token[]): boolean {
  const words = stretch.filter((t) => t.kind === 'word').map((t) => t.text);
  let k = 0;
  while (LEADING.has(words[k] ?? '')) k++;
  while (DESCRIBING.has(words[k] ?? '')) k++;
  if (!OTHER_SUBJECTS.has(words[k] ?? '')) return false;
  // "parceiro de treino", "amigo do jiu"
  if (OF.has(words[k + 1] ?? '')) k += 2;
  return k + 1 === words.length;
}
const OF: ReadonlySet<string> = new Set(['de', 'do', 'da']);

/** "3 bjj and 2 muay thai", "2x muay thai": a count said right before an art is that art's. */
function countBefore(tokens: readonly Token[], start: number): number {
  const unit = COUNT_UNITS.has(tokens[start - 1]?.text ?? '') ? start - 1 : start;
  const count = tokens[unit - 1];
  const isCount =
    count?.kind === 'number' || TIMES_ADVERBS.has(count?.text ?? '') || NUMBER_WORDS.has(count?.text ?? '');
  // "bjj 4x muay thai 2x": a count straight after another art is that art's, so only one opening a
  // new part ("3 bjj and 2 muay thai", "…, twice boxing") goes with the art after it
  const opensPart =
    unit - 2 < 0 || COUNT_OPENERS.has(tokens[unit - 2]?.text ?? '') || tokens[unit - 2]?.kind === 'symbol';
  return isCount && opensPart ? unit - 1 : start;
}
const COUNT_OPENERS: ReadonlySet<string> = new Set(['and', 'plus', '&', '+', 'also', 'then', 'with']);
const COUNT_UNITS: ReadonlySet<string> = new Set(['x', 'times', 'days', 'sessions', 'classes']);

/**
 * Token ranges that belong to another martial art or activity than BJJ: from its name to the next art
 * named ("muay thai 3x and jiu jitsu 2x", "I lift for fitness, jiu jitsu is for self defense"),
 * within its clause.
 */
export function otherArtRanges(tokens: readonly Token[]): [number, number][] {
  const arts = findMentions(artLexicon, tokens);
  return arts.flatMap((art, i) => {
    if (art.value !== 'other' || disliked(tokens, art.start) || dislikedInList(tokens, arts, i)) return [];
    if (runsAPlace(tokens, art)) return [];
    const next = arts[i + 1];
    const nextStart = next ? countBefore(tokens, next.start) : undefined;
    let end = art.end;
    while (end < tokens.length && tokens[end]?.clause === tokens[art.start]?.clause && end !== nextStart) end++;
    return [[countBefore(tokens, art.start), end] as [number, number]];
  });
}

/** "run my own gym", "running an academy": running a place is no running ("run a 5k" is). */
const runsAPlace = (tokens: readonly Token[], art: { start: number; end: number }): boolean => {
  if (!RUN.has(tokens[art.start]?.text ?? '')) return false;
  let k = art.end;
  while (k - art.end < 3 && PLACE_LEADS.has(tokens[k]?.text ?? '')) k++;
  return k > art.end && (PLACES.has(tokens[k]?.text ?? '') || RUN_PLACES.has(tokens[k]?.text ?? ''));
};
const RUN: ReadonlySet<string> = new Set(['run', 'running', 'runs']);
const PLACE_LEADS: ReadonlySet<string> = new Set(['my', 'our', 'a', 'an', 'the', 'own', 'his', 'her']);
const RUN_PLACES: ReadonlySet<string> = new Set(['school', 'dojo', 'program', 'team', 'class', 'classes']);

/**
 * "i hate running and lifting so this is my cardio": every art in a list the user dislikes is disliked.
 * A list keeps one form; "hate running and lift 3x" goes on with what the user does.
 */
function dislikedInList(tokens: readonly Token[], arts: readonly { start: number; end: number }[], i: number): boolean {
  let first = i;
  const gerund = (k: number): boolean => tokens[arts[k]?.start ?? 0]?.text.endsWith('ing') ?? false;
  while (first > 0 && arts[first - 1]?.end === (arts[first]?.start ?? 0) - 1 && gerund(first - 1) === gerund(i)) {
    if (!ART_LIST_JOINS.has(tokens[(arts[first]?.start ?? 0) - 1]?.text ?? '')) break;
    first--;
  }
  return first < i && disliked(tokens, arts[first]?.start ?? 0);
}
const ART_LIST_JOINS: ReadonlySet<string> = new Set(['and', 'or', 'nor', '&', ',']);

/** "i hate running so this is how i keep fit": what follows an art the user dislikes is said of BJJ. */
const disliked = (tokens: readonly Token[], start: number): boolean =>
  DISLIKES.has(tokens[start - 1]?.text ?? '') ||
  (LIKES.has(tokens[start - 1]?.text ?? '') && NOT.has(tokens[start - 2]?.text ?? '')) ||
  (tokens[start - 1]?.text === 'stand' && NOT.has(tokens[start - 2]?.text ?? ''));
const DISLIKES: ReadonlySet<string> = new Set([
  'hate',
  'hated',
  'dislike',
  'detest',
  'loathe',
  'despise',
  'odio',
  'odeio',
]);
const LIKES: ReadonlySet<string> = new Set(['like', 'enjoy', 'love']);
const NOT: ReadonlySet<string> = new Set(["don't", 'dont', "can't", 'cant', 'never', 'not', "didn't", 'didnt']);

/** A mention inside a stretch about someone else, or inside another art's range. */
export function isAboutOthers(
  span: { start: number },
  others: ReadonlySet<number>,
  artRanges: readonly [number, number][],
): boolean {
  return others.has(span.start) || artRanges.some(([s, e]) => span.start >= s && span.start < e);
}
