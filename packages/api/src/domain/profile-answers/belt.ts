// belt_level: "beginner", "purple belt, 1 stripe", "Not new at all, I'm a black belt".

import { compileLexicon, findMentions, type Mention } from './lexicon';
import { markSpans, negatedSpans } from './context';
import { readNumber } from './numbers';
import { tokenise, type Token } from './text';
import {
  ART_WORDS,
  BELT_FUZZY,
  BELT_TABLE,
  BELT_TIME_CUES,
  OTHER_PERSON_CUES,
  type Art,
  type BeltSignal,
} from './belt-words';
import { BELT_LEVELS, type BeltLevel } from './types';

const beltLexicon = compileLexicon(BELT_TABLE, { fuzzy: BELT_FUZZY });
const artLexicon = compileLexicon(ART_WORDS);
const otherPersonLexicon = compileLexicon(OTHER_PERSON_CUES);
const timeLexicon = compileLexicon(BELT_TIME_CUES);

// How much a reading says about the user's current BJJ belt; the strongest wins, then the first said.
const RANK = {
  colourNow: 6, // "got my purple last month"
  colour: 5, // "blue belt 2 stripes"
  level: 4, // "beginner", "experienced", "not new"
  pastOrNext: 3, // "was blue", "almost purple" (→ blue)
  experience: 1, // "been training 8 months"
  startedHint: 0, // "started in January"
} as const;

interface Reading {
  readonly belt: BeltLevel;
  readonly rank: number;
  readonly at: number;
}

export function parseBeltLevel(text: string): BeltLevel | null {
  const tokens = tokenise(text);
  const mentions = findMentions(beltLexicon, tokens).filter((m) => m.value !== 'neutral');
  const negated = negatedSpans(tokens, mentions);
  const aboutSomeoneElse = markSpans(tokens, mentions, otherPersonLexicon, 'forward', 3);
  const when = markSpans(tokens, mentions, timeLexicon);
  const arts = findMentions(artLexicon, tokens);

  const readings: Reading[] = [];
  mentions.forEach((mention, i) => {
    const { value, start: at } = mention;
    if (value === 'neutral') return;
    if (value === 'started') {
      if (!negated.has(i)) readings.push({ belt: 'white', rank: RANK.startedHint, at });
      return;
    }
    if (value === 'novice' || value === 'experienced') {
      // "I'm no beginner" is experienced; "not very advanced" is a beginner.
      const novice = (value === 'novice') !== negated.has(i);
      readings.push({ belt: novice ? 'white' : 'blue', rank: RANK.level, at });
      return;
    }
    if (aboutSomeoneElse.has(i) || artOf(tokens, arts, mention) === 'other') return;
    if (negated.has(i)) {
      // "not a white belt anymore" at least says they are past white.
      if (value === 'white') readings.push({ belt: 'blue', rank: RANK.level, at });
      return;
    }
    const time = when.get(i);
    if (time?.has('now')) readings.push({ belt: value, rank: RANK.colourNow, at });
    else if (time?.has('future')) {
      const current = beltBefore(value);
      if (current) readings.push({ belt: current, rank: RANK.pastOrNext, at });
    } else if (time?.has('past')) readings.push({ belt: value, rank: RANK.pastOrNext, at });
    else readings.push({ belt: value, rank: RANK.colour, at });
  });
  readings.push(...experienceReadings(tokens));

  const best = readings.reduce<Reading | null>(
    (acc, r) => (!acc || r.rank > acc.rank || (r.rank === acc.rank && r.at < acc.at) ? r : acc),
    null,
  );
  return best?.belt ?? null;
}

function beltBefore(belt: BeltLevel): BeltLevel | null {
  return BELT_LEVELS[BELT_LEVELS.indexOf(belt) - 1] ?? null;
}

/** The martial art named nearest to a colour in its clause ("black belt in judo but white in bjj"). */
function artOf(tokens: readonly Token[], arts: readonly Mention<Art>[], mention: Mention<BeltSignal>): Art | null {
  const clause = tokens[mention.start]?.clause;
  let best: Art | null = null;
  let bestDistance = 6;
  for (const art of arts) {
    if (tokens[art.start]?.clause !== clause) continue;
    const distance = art.start >= mention.end ? art.start - mention.end : mention.start - art.end;
    if (distance >= 0 && distance < bestDistance) {
      best = art.value;
      bestDistance = distance;
    }
  }
  return best;
}

const YEARS_PER_UNIT: ReadonlyMap<string, number> = new Map([
  ['year', 1],
  ['years', 1],
  ['yr', 1],
  ['yrs', 1],
  ['y', 1],
  ['month', 1 / 12],
  ['months', 1 / 12],
  ['mo', 1 / 12],
  ['mos', 1 / 12],
  ['mths', 1 / 12],
  ['week', 1 / 52],
  ['weeks', 1 / 52],
  ['wk', 1 / 52],
  ['wks', 1 / 52],
  ['day', 1 / 365],
  ['days', 1 / 365],
  // A count of classes is always early days.
  ['classes', 0.01],
  ['class', 0.01],
  ['lessons', 0.01],
  ['sessions', 0.01],
]);
// "3 times a week", "twice a day": a rate, not time on the mats.
const NOT_EXPERIENCE_BEFORE = new Set([
  'a',
  'per',
  'every',
  'each',
  'x',
  'times',
  'time',
  '/',
  'once',
  'twice',
  'thrice',
  'days',
  'sessions',
  'classes',
]);
const RATE_AFTER = new Set(['a', 'an', 'per', 'each', 'every', '/']);
// "a year" is time on the mats only after words like these ("for a year", "about a year").
const ARTICLE_DURATION_LEADS = new Set([
  'for',
  'about',
  'around',
  'almost',
  'nearly',
  'over',
  'under',
  'than',
  'been',
  'only',
  'just',
  'like',
  'roughly',
  'past',
  'last',
  '~',
]);

// White to blue usually takes about two years, so time on the mats only separates beginner
// from experienced; it cannot tell purple from black.
const EXPERIENCED_AFTER_YEARS = 2;

/** "been training about 8 months" → white; "rolling for 4 years" → blue. */
function experienceReadings(tokens: readonly Token[]): Reading[] {
  const readings: Reading[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const number = readNumber(tokens, i, { article: true });
    if (!number) continue;
    let j = number.end;
    while (['+', 'ish', 'or', 'so', 'plus'].includes(tokens[j]?.text ?? '')) j += 1;
    const perUnit = YEARS_PER_UNIT.get(tokens[j]?.text ?? '');
    if (perUnit === undefined) continue;
    const before = tokens[i - 1];
    if (NOT_EXPERIENCE_BEFORE.has(before?.text ?? '')) continue;
    const isArticle = tokens[i]?.kind === 'word' && (tokens[i]?.text === 'a' || tokens[i]?.text === 'an');
    if (isArticle && before && before.clause === tokens[i]?.clause && !ARTICLE_DURATION_LEADS.has(before.text))
      continue;
    if (tokens[j + 1]?.text === 'old') continue; // an age, not time training
    if (RATE_AFTER.has(tokens[j + 1]?.text ?? '')) continue; // "3 days a week"
    const years = number.value * perUnit;
    readings.push({ belt: years >= EXPERIENCED_AFTER_YEARS ? 'blue' : 'white', rank: RANK.experience, at: i });
    i = j;
  }
  return readings;
}
