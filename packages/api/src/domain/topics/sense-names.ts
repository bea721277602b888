// Step 2d, continued: an alias that is a name, a trip or a past art is no move asked: "my coworker
// Ezekiel", "Kimura is the ramen place", "passing through porto next week", "did 10 yrs of judo".
import {
  BJJ_WORDS,
  NAME_AFTER,
  NAME_BEFORE,
  NAME_FROM_PLACES,
  NAME_OF_THINGS,
  NAME_VERBS,
  WATCHING,
} from '../../data/everyday-senses';
import type { TopicUnit } from './match';
import { type Token, stemWord } from './tokenize';

/** BJJ vocabulary, as stems (sense.ts reads it too). */
export const bjjWords: ReadonlySet<string> = new Set(BJJ_WORDS.map(stemWord));

const nameBefore: ReadonlySet<string> = new Set(NAME_BEFORE);
const nameAfter: ReadonlySet<string> = new Set(NAME_AFTER);
const nameVerbs: ReadonlySet<string> = new Set(NAME_VERBS);
const namePlaces: ReadonlySet<string> = new Set(NAME_FROM_PLACES);
const nameThings: ReadonlySet<string> = new Set(NAME_OF_THINGS);
const watching: ReadonlySet<string> = new Set(WATCHING);
const ASKING_WHAT: ReadonlySet<string> = new Set(['isnt', 'is', 'thats', 'wasnt', 'aint', 'like']);
const OURS: ReadonlySet<string> = new Set(['my', 'our']);

/** "my coworker Ezekiel", "Kimura-san", "Ezekiel from my office", "Kimura is the ramen place", "watching Anaconda with the kids". */
export function isAName(tokens: readonly Token[], u: TopicUnit): boolean {
  if (u.end - u.start !== 1) return false;
  const at = (k: number): string => tokens[k]?.raw ?? '';
  if (nameBefore.has(at(u.start - 1)) || nameAfter.has(at(u.end))) return true;
  if (u.weak === 'context' && nameVerbs.has(at(u.end))) return true;
  // a book of the Bible with its chapter and verse: "ezekiel 25:17"
  if (/^\d+$/.test(at(u.end)) && at(u.end + 1) === ':' && /^\d+$/.test(at(u.end + 2))) return true;
  if (at(u.end) === 'from' && (namePlaces.has(at(u.end + 1)) || namePlaces.has(at(u.end + 2)))) return true;
  // "kimura? isnt that the ramen place": asking what the name is goes on past its question mark
  const asksWhat = at(u.end) === '?' && ASKING_WHAT.has(at(u.end + 1));
  const from = asksWhat ? u.end + 1 : u.end;
  // ("we only do gi at my place": one's own place is where one trains)
  // a BJJ word on the way ends the look: "mount escapes and arm bar defence" names no bar
  for (let k = from; k < from + 5 && !tokens[k]?.isBreak && !bjjWords.has(tokens[k]?.stem ?? ''); k++)
    // ("armbar vs kimura show me both": a request, no show)
    // ("thrown all over the place": the idiom, no place)
    if (
      nameThings.has(at(k)) &&
      !OURS.has(at(k - 1)) &&
      !(at(k) === 'show' && (at(k + 1) === 'me' || SHOWING.has(at(k - 1)))) &&
      !(at(k - 2) === 'over' && at(k - 1) === 'the')
    )
      return true;
  return watching.has(at(u.start - 1)) && (at(u.end) === 'with' || at(u.end) === 'tonight');
}

// ("defending armbars to show the parents", "i can show the kids": showing, no TV show)
const SHOWING: ReadonlySet<string> = new Set(['to', 'i', 'can', 'will', 'could', 'and', 'then', 'please', 'pls']);

/** "passing through porto next week, is there an academy there": a trip, not a pass. */
export function passingThroughOnATrip(tokens: readonly Token[], u: TopicUnit): boolean {
  if (u.end - u.start !== 1 || !PASSING.has(tokens[u.start]?.raw ?? '')) return false;
  if (tokens[u.end]?.raw !== 'through' && tokens[u.end]?.raw !== 'thru') return false;
  for (let k = u.end + 1; k <= u.end + TRIP_REACH && !tokens[k]?.isBreak; k++)
    if (TRIP_WORDS.has(tokens[k]?.raw ?? '')) return true;
  return false;
}
const PASSING: ReadonlySet<string> = new Set(['pass', 'passing', 'passed']);
const TRIP_WORDS: ReadonlySet<string> = new Set([
  'week',
  'month',
  'town',
  'city',
  'trip',
  'tomorrow',
  'weekend',
  'airport',
  'holiday',
  'vacation',
  'visiting',
]);
const TRIP_REACH = 4;

/** "did 10 yrs of judo before bjj", "years of wrestling": an art done for years is the user's background. */
export const yearsOfArt = (tokens: readonly Token[], u: TopicUnit): boolean =>
  tokens[u.start - 1]?.raw === 'of' &&
  SPANS.has(tokens[u.start - 2]?.raw ?? '') &&
  ARTS.has(tokens[u.start]?.raw ?? '');
const SPANS: ReadonlySet<string> = new Set(['years', 'yrs', 'yr', 'year', 'decades', 'decade', 'months']);
const ARTS: ReadonlySet<string> = new Set(['judo', 'wrestling', 'sambo']);
