// belt_level: "beginner", "purple belt, 1 stripe", "Not new at all, I'm a black belt".

import { compileLexicon, findMentions, type Mention } from './lexicon';
import { markSpans, negatedSpans } from './context';
import { readNumber } from './numbers';
import { stepsFrom } from './belt-steps';
import { stepsShortOf } from './belt-short-of';
import { heldUntilPromotion } from './belt-held-until';
import { firstBeltAt } from './first-belt';
import { kidsRank } from './belt-kids';
import { elidedTimesHeld } from './belt-history-times';
import { startedWatching } from './belt-watching';
import { hopedAfterPause, weeksAhead } from './belt-ahead';
import { deniedAround, middleByElimination } from './belt-elimination';
import { wishedAway } from './belt-wish-denied';
import { figurativeBelt } from './belt-figurative';
import { likenedTo } from './belt-likeness';
import { aboutAnotherArt, artOf, beltsPlacedByArt } from './belt-art';
import { toldInArtsTongue } from './belt-art-tongue';
import { OTHER_PERSON_REACH, isTheUsers, progression } from './belt-promotion';
import { sharedWithUser } from './belt-shared';
import { actsAsBelt } from './belt-role';
import { selfLabelled } from './belt-self-label';
import { beltCounted } from './belt-counted';
import { ordinalBelts } from './belt-ordinal';
import { colourSlips } from './belt-colour-slips';
import { inAnotherArt } from './belt-other-art-time';
import { notBegunYet } from './frequency-not-begun';
import { saidByOthers } from './reported-speech';
import { startedForAReason } from './belt-started-reason';
import { notBegun } from './belt-not-begun';
import { likenedToSomeone, startedAlongside } from './belt-likened';
import { tokenise, type Token } from './text';
import { ART_WORDS, BELT_FUZZY, BELT_TABLE, BELT_TIME_CUES, OTHER_PERSON_CUES, type BeltSignal } from './belt-words';
import { BELT_LEVELS, type BeltLevel } from './types';
import { YEARS_PER_UNIT, timesOnTheMats } from './belt-experience';

const beltLexicon = compileLexicon(BELT_TABLE, { fuzzy: BELT_FUZZY });
const artLexicon = compileLexicon(ART_WORDS);
const otherPersonLexicon = compileLexicon(OTHER_PERSON_CUES);
const timeLexicon = compileLexicon(BELT_TIME_CUES);

// How much a reading says about the user's current BJJ belt; the strongest wins, then the first said.
const RANK = {
  latestHeld: 7, // "3 years white, 4 years blue, 1 at purple so far": the last of a belt history
  colourNow: 6, // "got my purple last month"
  colour: 5, // "blue belt 2 stripes"
  level: 4, // "beginner", "experienced", "not new"
  firstBelt: 4, // "never been promoted", "still on my first belt" (→ white)
  pastOrNext: 3, // "was blue", "almost purple" (→ blue)
  experience: 1, // "been training 8 months"
  startedHint: 0, // "started in January"
} as const;

const COMING_REACH = 3;
const COMING: ReadonlySet<string> = new Set(['getting', 'get', 'will', 'gonna', 'going', 'about']);

interface Reading {
  readonly belt: BeltLevel;
  readonly rank: number;
  readonly at: number;
}

export function parseBeltLevel(text: string): BeltLevel | null {
  const tokens = tokenise(text);
  // "her purple 💜": a colour's emoji right after it is the same mention
  const found = findMentions(beltLexicon, tokens);
  // "bloo belt", "faixa azu": a colour slipped further beside the belt word
  const slips = colourSlips(tokens, (i) => found.some((m) => i >= m.start && i < m.end));
  // "on my second belt now": a belt told by its order is that colour
  const mentions = [...found, ...slips, ...ordinalBelts(tokens)]
    .sort((a, b) => a.start - b.start)
    .filter(
      (m, k, all) => m.value !== 'neutral' && !(tokens[m.start]?.kind === 'emoji' && all[k - 1]?.end === m.start),
    );
  const negated = negatedSpans(tokens, mentions);
  // "not brown, not black, the one in the middle"
  const denied = (m: Mention<BeltSignal>): boolean =>
    negated.has(mentions.indexOf(m)) || deniedAround(tokens, m) !== null;
  const middle = middleByElimination(tokens, mentions.filter(isColourMention), denied);
  if (middle) return middle;
  const aboutSomeoneElse = markSpans(tokens, mentions, otherPersonLexicon, 'forward', OTHER_PERSON_REACH);
  const when = markSpans(tokens, mentions, timeLexicon);
  const arts = findMentions(artLexicon, tokens);
  // "black in judo, haven't started bjj yet": the belt is the other art's, and no BJJ is trained yet
  const colourOf = (art: string): boolean => mentions.some((m) => isColour(m.value) && artOf(tokens, arts, m) === art);
  if (colourOf('other') && !colourOf('bjj') && notBegun(tokens)) return null;

  // "my husband is purple, i havent started yet": no BJJ trained, so no level of the user's own
  const begun = !notBegunYet(tokens);
  const placedByArt = beltsPlacedByArt(tokens, arts, mentions);
  // "coach reckons I'm close to purple": a belt ahead in someone else's word is their guess, as a hope is
  const reported = saidByOthers(tokens);
  const inBetween = betweenBelts(tokens, mentions);
  const readings: Reading[] = [];
  // "same as my husband, we started together": the belt is someone else's, unnamed
  const likened = likenedToSomeone(tokens);
  // colours the user held or holds, in the order said: a belt history ends at the belt now
  const held: Mention<BeltLevel>[] = [];
  mentions.forEach((mention, i) => {
    const { value, start: at } = mention;
    if (value === 'neutral') return;
    if ((value === 'started' || value === 'novice') && startedWatching(tokens, mention)) return;
    if (value === 'started' && startedForAReason(tokens, mention)) return; // "she's the reason I started"
    if (value === 'started') {
      if (!negated.has(i) && begun && !(likened && startedAlongside(tokens, mention.end)))
        readings.push({ belt: 'white', rank: RANK.startedHint, at });
      return;
    }
    // "blue in a couple of weeks": a time ahead is no beginner's
    if ((value === 'novice' || value === 'experienced') && (!begun || weeksAhead(tokens, mention))) return;
    if (value === 'novice' && aboutAnotherArt(tokens, arts)) return; // "muay thai mostly, no belts there"
    if (inAnotherArt(tokens, mention.start, mention.end)) return; // "not a beginner in judo"
    if (value === 'novice' || value === 'experienced') {
      // "I'm no beginner" is experienced; "not very advanced" is a beginner.
      const novice = (value === 'novice') !== negated.has(i);
      readings.push({ belt: novice ? 'white' : 'blue', rank: RANK.level, at });
      return;
    }
    if (kidsRank(tokens, mention)) return; // "a grey-black belt in the kids program"
    // "the rank between blue and brown": the belt in the middle, said once
    if (inBetween.has(i)) {
      const middle = inBetween.get(i);
      if (middle) readings.push({ belt: middle, rank: RANK.colour, at });
      return;
    }
    // "one belt below black", "the one before brown": a belt told by its place beside another
    // ("one" there is no other person); in another art's ranks it is that art's
    // "one stripe away from black": a distance still to go, unless it is someone else's
    const short = stepsShortOf(tokens, mention.start);
    if (short !== 0 && aboutSomeoneElse.has(i) && !isTheUsers(tokens, mention)) return;
    const step = stepsFrom(tokens, mention.start) || short;
    const art = artOf(tokens, arts, mention);
    if (art === 'other' || (step !== 0 && arts.some((a) => a.value === 'other'))) return;
    if (toldInArtsTongue(tokens, arts, mention)) return; // "shodan in judo. kuro obi"
    if (placedByArt && art === null) return;
    if (step !== 0) {
      const told = beltShifted(value, step);
      if (told) readings.push({ belt: told, rank: RANK.colour, at });
      return;
    }
    if (wishedAway(tokens, mention)) return; // "negro? ya quisiera, soy blanco"
    if (figurativeBelt(tokens, mention) || likenedTo(tokens, mention)) return; // "at doing dishes", "rolls like a"
    if (
      aboutSomeoneElse.has(i) &&
      !isTheUsers(tokens, mention) &&
      !actsAsBelt(tokens, mention) &&
      !selfLabelled(tokens, mention) // "old man brown belt"
    )
      return;
    // "my girlfriend just got her purple"
    if (THEIRS.has(tokens[mention.start - 1]?.text ?? '') && !sharedWithUser(tokens, mention)) return;
    if (namesAGroup(tokens, mention) && !isTheUsers(tokens, mention)) return;
    if (denied(mention)) {
      // "not a white belt anymore" at least says they are past white; "not blue yet", "purple still
      // not", that they are below it.
      if (value === 'white') readings.push({ belt: 'blue', rank: RANK.level, at });
      else if (saysYet(tokens, mention) || deniedAround(tokens, mention) === 'yet') {
        const below = beltBefore(value);
        if (below) readings.push({ belt: below, rank: RANK.level, at });
      }
      return;
    }
    // "white until friday's promotion": held until a promotion to come, so held now
    if (heldUntilPromotion(tokens, mention)) {
      readings.push({ belt: value, rank: RANK.colourNow, at });
      return;
    }
    const time = progression(tokens, mentions, i) ?? when.get(i);
    // "my bjj blue... well, hopefully at 42": trailed off into a hope
    const hope = time?.has('hope') || hopedAfterPause(tokens, mention, mentions[i + 1]);
    if (hope || (time?.has('next') && reported.has(at))) {
      // a belt wished for or promised says nothing of the belt now, unless a stripe held says the
      // user is on the belt below it: "got my 4th stripe, next stop blue hopefully"
      const below = holdsAStripe(tokens) ? beltBefore(value) : null;
      if (below) readings.push({ belt: below, rank: RANK.pastOrNext, at });
      return;
    }
    if (time?.has('after')) {
      const next = beltAfter(value);
      if (next) readings.push({ belt: next, rank: RANK.colourNow, at });
    } else if (time?.has('next')) {
      const current = beltBefore(value);
      if (current) readings.push({ belt: current, rank: RANK.pastOrNext, at });
    } else {
      const rank = time?.has('now') ? RANK.colourNow : time?.has('past') ? RANK.pastOrNext : RANK.colour;
      readings.push({ belt: value, rank: concludes(tokens, mention) ? RANK.latestHeld : rank, at });
      held.push({ value, start: at, end: mention.end });
    }
  });
  // "two belts below my coach and he's a brown", "two new belts since I started at white"
  const counted = beltCounted(tokens, mentions);
  if (counted) readings.push({ belt: counted.belt, rank: RANK.latestHeld, at: counted.at });
  const latest = latestOfHistory(tokens, held);
  if (latest) readings.push({ belt: latest.value, rank: RANK.latestHeld, at: latest.start });
  // "judo black belt, 15 years on the mat": years in another art are no time in BJJ
  if (begun && !(colourOf('other') && aboutAnotherArt(tokens, arts))) readings.push(...experienceReadings(tokens));
  const firstBelt = firstBeltAt(tokens);
  if (begun && firstBelt >= 0) readings.push({ belt: 'white', rank: RANK.firstBelt, at: firstBelt });

  // two belts held now are one got and one after it ("got blue there, now purple"): belts only rise
  // ("… but getting promoted to purple at the december grading" is still to come)
  const later = (r: Reading, acc: Reading): boolean =>
    r.rank === RANK.colourNow &&
    BELT_LEVELS.indexOf(r.belt) > BELT_LEVELS.indexOf(acc.belt) &&
    !tokens.slice(Math.max(0, r.at - COMING_REACH), r.at).some((t) => COMING.has(t.text));
  const best = readings.reduce<Reading | null>(
    (acc, r) =>
      !acc || r.rank > acc.rank || (r.rank === acc.rank && (r.at < acc.at ? !later(acc, r) : later(r, acc))) ? r : acc,
    null,
  );
  return best?.belt ?? null;
}

/**
 * "3 years white, 4 years blue, 1 at purple so far", "white for 2 years then blue since 2023": two or
 * more belts said in rising order, each beside a time held (a duration, a year, "since"), are a
 * history, and its last belt is the one now; not when that one is still to come ("blue in 2 months").
 * One time said of one belt does not make a history: "kept me at blue for 3 years, says purple is close".
 */
function latestOfHistory(tokens: readonly Token[], said: readonly Mention<BeltLevel>[]): Mention<BeltLevel> | null {
  // "purple at 59. so purple, at 60": a belt said again right after itself is the same belt, concluded
  const held = said.filter((m, k) => k === 0 || m.value !== said[k - 1]!.value);
  const last = held.at(-1);
  if (!last || held.length < 2) return null;
  const rising = held.every(
    (m, k) => k === 0 || BELT_LEVELS.indexOf(m.value) > BELT_LEVELS.indexOf(held[k - 1]!.value),
  );
  const stated = timesHeld(tokens);
  const times = [
    ...stated,
    ...elidedTimesHeld(tokens, held, (k) => stated.includes(k) && tokens[k]?.kind === 'number' && !isYear(tokens[k])),
  ];
  const timed = held.every((_, k) => {
    const [from, to] = [held[k - 1]?.end ?? 0, held[k + 1]?.start ?? tokens.length];
    return times.some((t) => t >= from && t < to);
  });
  return rising && timed && times.length >= held.length && !stillToCome(tokens, last) ? last : null;
}

/**
 * Where a time a belt was held is said: "2 years", "1 at purple", "in 2019", "since", "so far", "last
 * spring", "year 2 of purple", and the age it came at: "blue at 56".
 */
function timesHeld(tokens: readonly Token[]): number[] {
  return tokens.flatMap((token, k) => {
    const text = token.text;
    const next = tokens[k + 1]?.text ?? '';
    if (HELD_SINCE.has(text) || (text === 'so' && next === 'far') || (text === 'last' && next !== '') || isYear(token))
      return [k];
    // "just started year 2 of purple": the year counted, not a count of years
    if (YEARS_PER_UNIT.has(text) && tokens[k + 1]?.kind === 'number') return [k];
    const number = readNumber(tokens, k);
    if (!number || number.isTimes) return [];
    const after = tokens[number.end];
    // "blue at 56, purple at 59": an age a belt came at, with nothing counted after it
    if (
      tokens[k - 1]?.text === 'at' &&
      token.kind === 'number' &&
      (after === undefined || after.kind === 'symbol' || AGE_ENDS.has(after.text))
    )
      return [k];
    // "purple for 2": the unit left unsaid at the end of the clause
    const unitUnsaid = tokens[k - 1]?.text === 'for' && (after === undefined || after.kind === 'symbol');
    return YEARS_PER_UNIT.has(after?.text ?? '') || HELD_AT.has(after?.text ?? '') || unitUnsaid ? [k] : [];
  });
}
// Portuguese and Spanish "desde", "faz um ano" (for a year now), "hace un año" (a year ago)
const HELD_SINCE: ReadonlySet<string> = new Set(['since', 'until', 'till', 'til', 'ago', 'desde', 'faz', 'hace']);
// "1 at purple", "2 on blue": a count of years before the belt it was spent at; "tres de azul", "dos en azul"
const HELD_AT: ReadonlySet<string> = new Set(['at', 'on', 'as', 'de', 'na', 'en']);
// "blue at 56 and purple at 59", "brown at 40 then black"
const AGE_ENDS: ReadonlySet<string> = new Set(['and', 'then', 'so', 'now']);
const isYear = (token: Token | undefined): boolean =>
  token?.kind === 'number' && Number.isInteger(token.value) && token.value >= 1970 && token.value <= 2100;

/** "…and the rest on blue. so blue": a clause opening "so" on a plain colour sums the answer up. */
const concludes = (tokens: readonly Token[], mention: Mention<BeltSignal>): boolean =>
  tokens[mention.start - 1]?.text === 'so' && (mention.start < 2 || tokens[mention.start - 2]?.kind === 'symbol');

/** "blue in 2 months", "purple in a year": a belt that lies ahead, not one held. */
function stillToCome(tokens: readonly Token[], mention: Mention<BeltLevel>): boolean {
  const clause = tokens[mention.end]?.clause;
  for (let k = mention.end; tokens[k] && tokens[k]?.clause === clause; k++) {
    if (tokens[k]?.text !== 'in') continue;
    const number = readNumber(tokens, k + 1, { article: true });
    if (number && YEARS_PER_UNIT.has(tokens[number.end]?.text ?? '')) return true;
  }
  return false;
}

/** "all the blue belts at my gym", "the purples": a colour in the plural is a group of people, not a rank held. */
const namesAGroup = (tokens: readonly Token[], mention: Mention<BeltSignal>): boolean =>
  GROUP_WORDS.has(tokens[mention.end - 1]?.text ?? '') && !OURS.has(tokens[mention.start - 1]?.text ?? '');
// "me and my wife both got our blue belts": a group the user is in
const OURS: ReadonlySet<string> = new Set(['our']);
const GROUP_WORDS: ReadonlySet<string> = new Set(['belts', 'whites', 'blues', 'purples', 'browns', 'blacks']);

const THEIRS: ReadonlySet<string> = new Set(['her', 'his', 'their']);

const isColour = (signal: BeltSignal): signal is BeltLevel => (BELT_LEVELS as readonly string[]).includes(signal);
const isColourMention = (m: Mention<BeltSignal>): m is Mention<BeltLevel> => isColour(m.value);

/** "3 stripes", "got my 4th stripe": a stripe on the belt now, not one hoped for ("want my 4th stripe"). */
function holdsAStripe(tokens: readonly Token[]): boolean {
  const hopedClauses = new Set(
    findMentions(timeLexicon, tokens).flatMap((m) => (m.value === 'hope' ? [tokens[m.start]?.clause] : [])),
  );
  return tokens.some((t) => STRIPES.has(t.text) && !hopedClauses.has(t.clause));
}
const STRIPES: ReadonlySet<string> = new Set(['stripe', 'stripes', 'striped']);

const saysYet = (tokens: readonly Token[], mention: Mention<BeltSignal>): boolean =>
  tokens.some((t) => t.text === 'yet' && t.clause === tokens[mention.start]?.clause);

/**
 * "between blue and brown": the first of the two colours maps to the belt between them, the second to
 * null (said, but no reading of its own); none when they are not two belts apart.
 */
function betweenBelts(
  tokens: readonly Token[],
  mentions: readonly Mention<BeltSignal>[],
): Map<number, BeltLevel | null> {
  const found = new Map<number, BeltLevel | null>();
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (tokens[m.start - 1]?.text !== 'between' || !next || tokens[m.end]?.text !== 'and' || next.start !== m.end + 1)
      return;
    if (!isColour(m.value) || !isColour(next.value)) return;
    const [low, high] = [BELT_LEVELS.indexOf(m.value), BELT_LEVELS.indexOf(next.value)].sort((a, b) => a - b);
    if (high === undefined || low === undefined || high - low !== 2) return;
    found.set(i, BELT_LEVELS[low + 1] ?? null);
    found.set(i + 1, null);
  });
  return found;
}

/** The belt `steps` above (or below, when negative) `belt`; null past white or black. */
const beltShifted = (belt: BeltLevel, steps: number): BeltLevel | null =>
  BELT_LEVELS[BELT_LEVELS.indexOf(belt) + steps] ?? null;
const beltAfter = (belt: BeltLevel): BeltLevel | null => beltShifted(belt, 1);
const beltBefore = (belt: BeltLevel): BeltLevel | null => beltShifted(belt, -1);

// White to blue usually takes about two years, so time on the mats only separates beginner
// from experienced; it cannot tell purple from black.
const EXPERIENCED_AFTER_YEARS = 2;

/** "been training about 8 months" → white; "rolling for 4 years" → blue. */
const experienceReadings = (tokens: readonly Token[]): Reading[] =>
  timesOnTheMats(tokens).map(({ years, at }) => ({
    belt: years >= EXPERIENCED_AFTER_YEARS ? 'blue' : 'white',
    rank: RANK.experience,
    at,
  }));
