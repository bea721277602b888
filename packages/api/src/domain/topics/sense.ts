// Step 2d of topic extraction: aliases that are also everyday English keep their topic only when the
// message uses them in their BJJ sense (data/everyday-senses.ts says which aliases, and how each is
// told): "half marathon", "sweep the floor", "mounted a TV", "passing in soccer" name no topic.
import {
  EVERYDAY_COMPOUND_HEADS,
  EVERYDAY_COMPOUND_TAILS,
  EVERYDAY_IDIOMS,
  EVERYDAY_OBJECTS,
  EVERYDAY_PLACES,
  FUNCTION_WORDS,
  INDEFINITE_THINGS,
  MEDIA_WORDS,
  SPORT_EVENT_TAILS,
  OTHER_SPORTS,
} from '../../data/everyday-senses';
import { PAIN_WORDS } from '../../data/body-and-pain';
import { type TopicUnit, type Unit, isTopic, rawOf } from './match';
import { isOtherActivitysMove, sentenceOf } from './other-activity';
import { PHRASES } from './phrase-index';
import { bjjWords, isAName, passingThroughOnATrip, yearsOfArt } from './sense-names';
import type { Token } from './tokenize';

const functionWords: ReadonlySet<string> = new Set(FUNCTION_WORDS);
const bjjStems: ReadonlySet<string> = new Set([
  ...[...PHRASES.values()]
    .flat()
    .filter((p) => p.meaning.kind !== 'none')
    .flatMap((p) => p.stems),
  ...bjjWords,
]);
/** Describing words an everyday object may carry: "my new TV", "the whole mat". */
const DESCRIBING: ReadonlySet<string> = new Set([
  'new',
  'old',
  'whole',
  'entire',
  'big',
  'small',
  'little',
  'own',
  'brand',
  'heavy',
  // "a spider in the mens locker room"
  'mens',
  'womens',
  'ladies',
  'kids',
]);
const OPPONENT_OBJECTS: ReadonlySet<string> = new Set([
  'him',
  'her',
  'them',
  'people',
  'someone',
  'somebody',
  'guys',
  'guy',
  'opponent',
  'opponents',
  'partner',
  'partners',
  'everyone',
  'everybody',
  'me',
  'you',
]);
// compared as typed (and plain plurals): stems would merge "note" with "not"
const everydayObjects: ReadonlySet<string> = new Set(EVERYDAY_OBJECTS.flatMap((w) => [w, `${w}s`]));
const otherSports: ReadonlySet<string> = new Set(OTHER_SPORTS);
const MAT_TIMES: ReadonlySet<string> = new Set(['class', 'classes']);
// a class is where a technique happens ("the teens class rncs me"), never a thing named by it
const compoundHeads: ReadonlySet<string> = new Set(
  [...EVERYDAY_COMPOUND_HEADS, ...EVERYDAY_OBJECTS].filter((w) => !MAT_TIMES.has(w)),
);
const painWords: ReadonlySet<string> = new Set(PAIN_WORDS);
const PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'for', 'in', 'of', 'to', 'at']);
const OBJECT_REACH = 4;
const VERB_PARTICLES: ReadonlySet<string> = new Set(['out', 'up', 'off']);
const CHORES: ReadonlySet<string> = new Set([
  ...['and', 'power', 'washing', 'mopping', 'cleaning', 'vacuuming', 'dusting', 'tidying', 'scrubbing'],
]);
const PEOPLE_CARRIED: ReadonlySet<string> = new Set(['kids', 'toddler']);
const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'my',
  'your',
  'his',
  'her',
  'their',
  'our',
  'some',
  'this',
  'that',
  'these',
  'those',
]);

/** A word that lets a modifier keep its BJJ sense: BJJ vocabulary, a function word, an adverb, a number. */
function keepsBjjSense(token: Token | undefined): boolean {
  if (!token || token.isBreak) return true;
  const { raw, stem } = token;
  return (
    bjjStems.has(stem) || functionWords.has(raw) || raw.endsWith('ly') || !/[a-z]/.test(raw[0] ?? '') || raw.length <= 2
  );
}

/** "got swept from butterfly four times": a guard or position moved out of is the BJJ sense. */
const isPlaceLeftFrom = (tokens: readonly Token[], u: TopicUnit): boolean => FROM.has(tokens[u.start - 1]?.raw ?? '');
// "back take aus turtle", "wyjście z żółwia", "dari turtle"
const FROM: ReadonlySet<string> = new Set(['from', 'aus', 'von', 'dari', 'mula']);

/** The tokens of the clause around token `i` (punctuation ends a clause). */
function clauseTokens(tokens: readonly Token[], i: number): Token[] {
  let from = i;
  while (from > 0 && !tokens[from - 1]?.isBreak) from--;
  let to = i;
  while (to < tokens.length - 1 && !tokens[to + 1]?.isBreak) to++;
  return tokens.slice(from, to + 1);
}

function inOtherSport(tokens: readonly Token[], u: TopicUnit): boolean {
  return clauseTokens(tokens, u.start).some((t, k, clause) => {
    if (!otherSports.has(t.raw)) return false;
    // the alias's own words ("baseball choke") are not another sport
    const at = tokens.indexOf(clause[k] as Token);
    return at < u.start || at >= u.end;
  });
}

/**
 * The verb's object is an everyday thing: "sweep the floor", "mounted my new TV", "the mount on my
 * bike rack", "throwing a surprise party". Determiners, prepositions and a describing word or two
 * are crossed; a function word, BJJ vocabulary or punctuation ends the look.
 */
function objectIsEveryday(tokens: readonly Token[], u: TopicUnit): boolean {
  let where = false;
  for (let j = u.end, reach = u.end + OBJECT_REACH; j < reach; j++) {
    const t = tokens[j];
    if (!t || t.isBreak) return false;
    // "gets to mount in kids class": the class is where it happens, not what is mounted
    if (where && MAT_TIMES.has(t.raw)) return false;
    // "got mounted the whole class": how long, not what was mounted
    if (MAT_TIMES.has(t.raw) && WHOLE.has(tokens[j - 1]?.raw ?? '')) return false;
    // "a scissor sweep video": a video right after the name is about it ("mounted the video camera" is not)
    if (j === u.end && MEDIA.has(t.raw)) return false;
    if (everydayObjects.has(t.raw)) return true;
    // "throw me the wifi password", "pass us the tape": handing a thing over
    if (j === u.end && handedOver(tokens, j)) return true;
    // "throw the kids in the car" (but a kids class or mount for kids is the mat)
    if (PEOPLE_CARRIED.has(t.raw) && DETERMINERS.has(tokens[j - 1]?.raw ?? '') && !where) return true;
    // ("escaping mount for the teens class": who it is for, as where it happens)
    if (t.raw === 'in' || t.raw === 'at' || t.raw === 'during' || t.raw === 'for') where = true;
    if (DETERMINERS.has(t.raw) || PREPOSITIONS.has(t.raw) || DESCRIBING.has(t.raw)) continue;
    // "sweeping out the garage": the verb's particle; "sweeping and power washing the garage": chores joined
    if (j === u.end && VERB_PARTICLES.has(t.raw)) continue;
    if (CHORES.has(t.raw)) {
      reach++;
      continue;
    }
    // "threw a throw pillow at me": the verb's own word opening an everyday thing's name
    if (t.stem === tokens[u.start]?.stem && everydayObjects.has(tokens[j + 1]?.raw ?? '')) return true;
    if (OPPONENT_OBJECTS.has(t.raw) || functionWords.has(t.raw) || bjjStems.has(t.stem)) return false;
  }
  return false;
}

const MEDIA: ReadonlySet<string> = new Set(MEDIA_WORDS);
const WHOLE: ReadonlySet<string> = new Set(['whole', 'entire', 'every', 'each']);

/** "me the password": a person, then "the" and a thing that is no BJJ word, after the verb at `j`. */
const handedOver = (tokens: readonly Token[], j: number): boolean => {
  const thing = tokens[j + 2];
  return (
    RECEIVERS.has(tokens[j]?.raw ?? '') &&
    HANDED_DETERMINERS.has(tokens[j + 1]?.raw ?? '') &&
    thing !== undefined &&
    !thing.isBreak &&
    !MEDIA.has(thing.raw) &&
    !functionWords.has(thing.raw) &&
    !bjjStems.has(thing.stem)
  );
};
const RECEIVERS: ReadonlySet<string> = new Set(['me', 'us']);
const HANDED_DETERMINERS: ReadonlySet<string> = new Set(['the', 'that', 'your']);

const everydayPlaces: ReadonlySet<string> = new Set(EVERYDAY_PLACES);

/** "standing in line at the bank", "stand up at a wedding": the modifier is followed by a place of everyday life. */
function atEverydayPlace(tokens: readonly Token[], u: TopicUnit): boolean {
  if (!PREPOSITIONS.has(tokens[u.end]?.raw ?? '')) return false;
  for (let j = u.end + 1; j < u.end + OBJECT_REACH; j++) {
    const t = tokens[j];
    if (!t || t.isBreak) return false;
    if (everydayPlaces.has(t.raw)) return true;
    if (!DETERMINERS.has(t.raw) && !DESCRIBING.has(t.raw)) return false;
  }
  return false;
}

/** "a passing course", "the sweeping class": after a determiner, the -ing word names what the lesson is about. */
const namesAKindOf = (tokens: readonly Token[], u: TopicUnit): boolean =>
  u.end - u.start === 1 &&
  (tokens[u.start]?.raw.endsWith('ing') ?? false) &&
  (DETERMINERS.has(tokens[u.start - 1]?.raw ?? '') || PICKING.has(tokens[u.start - 1]?.raw ?? '')) &&
  LESSONS.has(tokens[u.end]?.raw ?? '');
// "whats the one passing course to start with", "any passing course recs", "best passing class"
const PICKING: ReadonlySet<string> = new Set(['one', 'any', 'which', 'what', 'best', 'good', 'first']);
const LESSONS: ReadonlySet<string> = new Set(['course', 'class', 'lesson', 'seminar', 'session', 'instructional']);

/**
 * Another topic kept, or BJJ vocabulary in the same sentence ("tri from the bottom"; not "closed
 * monday? the guard at the door"), and no pain talk.
 */
function hasBjjCompany(kept: readonly Unit[], tokens: readonly Token[], u: TopicUnit): boolean {
  if (tokens.some((t) => painWords.has(t.raw))) return false;
  if (kept.some((other) => other !== u && isTopic(other) && other.weak !== 'context')) return true;
  // "stuck in sc", "keeps getting caught in a tri": held in it, said right before
  let before = kept.indexOf(u) - 1;
  while (before > 0 && RECEIVED_IN.has(rawOf(kept[before]) ?? '')) before--;
  if (kept[before]?.kind === 'receiving') return true;
  return sentenceOf(tokens, u, endsBeyondAClause).some(
    (j) => (j < u.start || j >= u.end) && !tokens[j]!.isBreak && bjjWords.has(tokens[j]!.stem),
  );
}
const RECEIVED_IN: ReadonlySet<string> = new Set(['in', 'a', 'an', 'the', 'by', 'into', 'with']);
// any break but a comma: "closed monday? the guard …", "closed; guard" (a comma ends only a clause)
const endsBeyondAClause = (t: Token | undefined): boolean => t?.isBreak === true && t.raw !== ',';

/** "a spider in my gym bag", "una tortuga": a weak noun after "a"/"an" with no BJJ word after it is the thing itself. */
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'una', 'un', 'uma', 'um']);
const indefiniteThings: ReadonlySet<string> = new Set(INDEFINITE_THINGS);
const isIndefiniteThing = (tokens: readonly Token[], u: TopicUnit): boolean =>
  indefiniteThings.has(tokens[u.start]?.word ?? '') &&
  INDEFINITE_ARTICLES.has(tokens[u.start - 1]?.raw ?? '') &&
  !bjjWords.has(tokens[u.end]?.stem ?? '') &&
  !GUARD_PASSED.has(tokens[u.start - 2]?.raw ?? '');
// "how do i pass a lasso": a guard passed is the guard, however it is named
// ("back takes off a turtle": a place left from is the position too)
const GUARD_PASSED: ReadonlySet<string> = new Set([
  ...['pass', 'passing', 'passed', 'beat', 'beating', 'open', 'break'],
  ...['off', 'from'],
]);

/** Any one-word name right after an everyday noun is a thing of its own: "copyright takedown", "paper guillotine". */
// ("everyone in the room triangles me": a verb with its object, no compound)
const afterEverydayNoun = (tokens: readonly Token[], u: TopicUnit): boolean =>
  u.end - u.start === 1 &&
  compoundHeads.has(tokens[u.start - 1]?.raw ?? '') &&
  !afterIdiom(tokens, u.start) &&
  !OBJECTS_DONE_TO.has(tokens[u.end]?.raw ?? '');
const OBJECTS_DONE_TO: ReadonlySet<string> = new Set(['me', 'us', 'him', 'her', 'them']);

/** An alias right before an everyday noun is a thing of its own: "triangle sandwiches", "turtle shell". */
const compoundTails: ReadonlySet<string> = new Set(EVERYDAY_COMPOUND_TAILS);
/** "baseball practice", "baseball season": a one-word name that is also a sport, as the sport. */
const sportTails: ReadonlySet<string> = new Set(SPORT_EVENT_TAILS);
const beforeEverydayNoun = (tokens: readonly Token[], u: TopicUnit): boolean =>
  compoundTails.has(tokens[u.end]?.raw ?? '');

/**
 * "in good standing", "passed away", "out the back door": an idiom that holds one of the alias's
 * words — not one the alias runs on past ("old school closed guard sweeps" is no school closed).
 */
const everydayIdioms = EVERYDAY_IDIOMS.map((idiom) => idiom.split(' '));
const inEverydayIdiom = (tokens: readonly Token[], u: TopicUnit): boolean =>
  everydayIdioms.some((idiom) =>
    idiom.some((_, k) => {
      for (let at = u.start; at < u.end; at++)
        if (wordsAt(tokens, at - k, idiom) && u.end <= at - k + idiom.length) return true;
      return false;
    }),
  );

/** "bread and butter sweeps": an idiom that ends in an everyday noun describes what follows. */
const afterIdiom = (tokens: readonly Token[], at: number): boolean =>
  DESCRIBING_IDIOMS.some((idiom) => wordsAt(tokens, at - idiom.length, idiom));

/** The tokens from `from` on are these words, as typed. */
const wordsAt = (tokens: readonly Token[], from: number, words: readonly string[]): boolean =>
  from >= 0 && words.every((w, k) => tokens[from + k]?.raw === w);
const DESCRIBING_IDIOMS: readonly (readonly string[])[] = [['bread', 'and', 'butter']];

function isEveryday(units: readonly Unit[], tokens: readonly Token[], i: number): boolean {
  const u = units[i];
  if (!isTopic(u)) return false;
  if (afterEverydayNoun(tokens, u) || beforeEverydayNoun(tokens, u) || inEverydayIdiom(tokens, u)) return true;
  if (isOtherActivitysMove(units, tokens, u) || isAName(tokens, u) || passingThroughOnATrip(tokens, u)) return true;
  if (isOwnedGarment(tokens, u) || isSomeonesHeel(tokens, u)) return true;
  if (u.weak === 'modifier' && yearsOfArt(tokens, u)) return true;
  switch (u.weak) {
    case undefined:
      return false;
    case 'modifier':
      return (
        (!isTopic(units[i + 1]) && !keepsBjjSense(tokens[u.end]) && !isPlaceLeftFrom(tokens, u)) ||
        // "my double weave judo gi": the art a garment is cut for
        (GARMENTS.has(tokens[u.end]?.raw ?? '') && u.topics.every((t) => t === 'throw' || t === 'takedown')) ||
        isIndefiniteThing(tokens, u) ||
        atEverydayPlace(tokens, u)
      );
    case 'verb':
      return inOtherSport(tokens, u) || (objectIsEveryday(tokens, u) && !namesAKindOf(tokens, u));
    case 'context':
      // "a baseball bat from there" beside subs from side control is the choke: company decides a longer name
      return (
        inOtherSport(tokens, u) ||
        (u.end - u.start === 1 && (isIndefiniteThing(tokens, u) || sportTails.has(tokens[u.end]?.raw ?? '')))
      );
  }
}

/** "my gi ripped", "wash my kimono", "can i fit a gi in there": a gi owned or handled is the garment, not the attire trained in. */
const isOwnedGarment = (tokens: readonly Token[], u: TopicUnit): boolean =>
  u.topics.every((t) => t === 'gi') &&
  (OWNERS.has(tokens[u.start - 1]?.raw ?? '') ||
    // "wash my new gi", "my white kimono" (but "my new gi game" is the attire)
    (((OWNERS.has(tokens[u.start - 2]?.raw ?? '') && GARMENT_SAID.has(tokens[u.start - 1]?.raw ?? '')) ||
      handled(tokens, u.start)) &&
      !bjjWords.has(tokens[u.end]?.stem ?? ''))) &&
  GARMENTS.has(tokens[u.start]?.raw ?? '') &&
  // "for my gi match": the match is fought in it
  !EVENTS.has(tokens[u.end]?.raw ?? '');
const EVENTS: ReadonlySet<string> = new Set([
  'match',
  'matches',
  'comp',
  'comps',
  'competition',
  'tournament',
  'tourney',
  'division',
  'bracket',
  'season',
]);
const GARMENT_SAID: ReadonlySet<string> = new Set([
  ...['new', 'old', 'white', 'blue', 'black', 'spare', 'favourite', 'favorite', 'only', 'comp', 'competition'],
]);
const OWNERS: ReadonlySet<string> = new Set(['my', 'your']);
/** "pack 2 kimonos", "fit a gi in there", "bought a new gi": handled like any bag's contents. */
const handled = (tokens: readonly Token[], at: number): boolean =>
  HANDLING.has(tokens[at - 1]?.raw ?? '') || handledBy(HANDLING, tokens, at) || handledBy(GETTING, tokens, at);
/** One of `verbs`, then "a"/"my"/"2" and perhaps "new": "packed my gi", "got a new gi". */
const handledBy = (verbs: ReadonlySet<string>, tokens: readonly Token[], at: number): boolean => {
  const raw = (k: number): string => tokens[at - k]?.raw ?? '';
  return (
    (verbs.has(raw(2)) && HANDLED_HOW.has(raw(1))) ||
    (verbs.has(raw(3)) && HANDLED_HOW.has(raw(2)) && GARMENT_SAID.has(raw(1)))
  );
};
const HANDLING: ReadonlySet<string> = new Set([
  'pack',
  'packing',
  'packed',
  'bring',
  'bringing',
  'fit',
  'wash',
  'washing',
  'washed',
  'dry',
  'drying',
  'fold',
  'buy',
  'buying',
  'bought',
  'order',
  'ordered',
  'besides',
  'shrink',
  'shrunk',
]);
/** "got a new gi": getting one is handling it only with a determiner between ("got gi class" is the attire). */
const GETTING: ReadonlySet<string> = new Set(['got', 'get', 'getting', 'gotten']);
const HANDLED_HOW: ReadonlySet<string> = new Set([
  'a',
  'the',
  'my',
  'another',
  'extra',
  'spare',
  'new',
  '2',
  'two',
  '3',
  'three',
]);
const GARMENTS: ReadonlySet<string> = new Set(['gi', 'kimono', 'gis', 'kimonos']);

/** "the dude hides his heel every time": someone's heel is the foot's, not the heel hook. */
const isSomeonesHeel = (tokens: readonly Token[], u: TopicUnit): boolean =>
  u.end - u.start === 1 && HEELS.has(tokens[u.start]?.raw ?? '') && WHOSE.has(tokens[u.start - 1]?.raw ?? '');
const HEELS: ReadonlySet<string> = new Set(['heel', 'heels']);
// (the user's own heel hunted is the heel hook: "my opponent hunts my heel from slx")
const WHOSE: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** The units, with every weak alias used in its everyday sense turned back into plain words. */
export function withEverydaySenses(units: readonly Unit[], tokens: readonly Token[]): Unit[] {
  if (!units.some((u, i) => isEveryday(units, tokens, i) || (isTopic(u) && u.weak === 'context')))
    return units as Unit[];
  const asWords = (u: Unit): Unit[] =>
    tokens
      .slice(u.start, u.end)
      .map((t, k) => ({ kind: 'word', raw: t.raw, start: u.start + k, end: u.start + k + 1 }));
  const kept = units.flatMap((u, i): Unit[] => (isEveryday(units, tokens, i) ? asWords(u) : [u]));
  // an everyday word that names a topic only in company is judged by what the rest kept
  return kept.flatMap((u): Unit[] =>
    isTopic(u) && u.weak === 'context' && !hasBjjCompany(kept, tokens, u) ? asWords(u) : [u],
  );
}
