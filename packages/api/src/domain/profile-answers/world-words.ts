// Every other tongue's vocabulary (French, Polish, Japanese, Turkish, Indonesian/Malay, Malay, Dutch,
// German, Italian, Tagalog, Hinglish, Russian, Ukrainian, Korean, Vietnamese, Romanian, Malayalam, Nepali,
// Bengali, Tamil, Arabizi, Kriolu,
// Danish/Norwegian, Czech/Slovak, Greek, Darija, pinyin, romanised Korean, Thai), joined part by part so each field table spreads it in with one line.
// Data only.

import type { PhraseTable } from './lexicon';
import type { NumberWords, TongueWords } from './tongue-words';
import { FRENCH } from './french-words';
import { POLISH } from './polish-words';
import { JAPANESE, JAPANESE_WEEKDAYS } from './japanese-words';
import { INDONESIAN_MALAY, TURKISH } from './turkish-indonesian-words';
import { MALAY } from './malay-words';
import { DUTCH } from './dutch-words';
import { GERMAN } from './german-words';
import { ITALIAN } from './italian-words';
import { TAGALOG } from './tagalog-words';
import { HINGLISH } from './hinglish-words';
import { RUSSIAN } from './russian-words';
import { KOREAN } from './korean-words';
import { UKRAINIAN } from './ukrainian-words';
import { VIETNAMESE } from './vietnamese-words';
import { ROMANIAN } from './romanian-words';
import { MALAYALAM } from './malayalam-words';
import { NEPALI } from './nepali-words';
import { BENGALI } from './bengali-words';
import { TAMIL } from './tamil-words';
import { ARABIZI } from './arabizi-words';
import { KRIOLU } from './kriolu-words';
import { SCANDINAVIAN } from './scandinavian-words';
import { CZECH, CZECH_WEEKDAYS } from './czech-words';
import { GREEK } from './greek-words';
import { DARIJA } from './darija-words';
import { PINYIN } from './pinyin-words';
import { KOREAN_ROMANISED } from './korean-romanised-words';
import { THAI } from './thai-words';
import { IBERIAN } from './iberian-words';
import { SWAHILI } from './swahili-words';

const TONGUES: readonly TongueWords[] = [
  ...[FRENCH, POLISH, JAPANESE, TURKISH, INDONESIAN_MALAY, MALAY, DUTCH, GERMAN, ITALIAN],
  TAGALOG,
  HINGLISH,
  RUSSIAN,
  UKRAINIAN,
  KOREAN,
  VIETNAMESE,
  ROMANIAN,
  MALAYALAM,
  NEPALI,
  BENGALI,
  TAMIL,
  ARABIZI,
  KRIOLU,
  SCANDINAVIAN,
  CZECH,
  ...[GREEK, DARIJA, PINYIN, KOREAN_ROMANISED, THAI],
  // Portuguese and Spanish words the older tables lack; Swahili refusals and times
  IBERIAN,
  SWAHILI,
];

const words = (pick: (t: TongueWords) => readonly string[] | undefined): string[] =>
  TONGUES.flatMap((t) => pick(t) ?? []);
const table = <V>(pick: (t: TongueWords) => PhraseTable<V> | undefined): PhraseTable<V> =>
  TONGUES.flatMap((t) => pick(t) ?? []);
const numbers = (pick: (t: TongueWords) => NumberWords | undefined): ReadonlyMap<string, number> =>
  new Map(TONGUES.flatMap((t) => pick(t) ?? []));

export const WORLD_NUMBERS = numbers((t) => t.numbers);
export const WORLD_COUNTED_NUMBERS = numbers((t) => t.countedNumbers);
/** What each counted number's own tongues count: Vietnamese "bon" (four) counts "buoi", not French "cours". */
export const WORLD_COUNTED_BY: ReadonlyMap<string, ReadonlySet<string>> = TONGUES.reduce((by, t) => {
  for (const [word] of t.countedNumbers ?? [])
    by.set(word, new Set([...(by.get(word) ?? []), ...(t.timesWords ?? [])]));
  return by;
}, new Map<string, Set<string>>());
export const WORLD_TIMES_ADVERBS = numbers((t) => t.timesAdverbs);
export const WORLD_TIMES_WORDS = words((t) => t.timesWords);
export const WORLD_COUNT_LINKERS = words((t) => t.countLinkers);
export const WORLD_DURATIONS = numbers((t) => t.durations);
export const WORLD_PER_UNIT = table((t) => t.perUnit);
export const WORLD_UNIT_BEFORE = table((t) => t.unitBefore);
export const WORLD_RATE_PHRASES = table((t) => t.ratePhrases);
export const WORLD_WEEKDAYS = TONGUES.flatMap((t) => t.weekdays ?? []);
export const WORLD_WEEKDAY_JOINERS = words((t) => t.weekdayJoiners);
export const WORLD_WEEKDAY_RANGE = words((t) => t.weekdayRange);
export const WORLD_EXCEPT_BEFORE = words((t) => t.exceptBefore);
export const WORLD_EXCEPT_AFTER = words((t) => t.exceptAfter);
export const WORLD_DENYING_DAYS = words((t) => t.denyingDays);
export const WORLD_NOTHING = words((t) => t.nothing);
export const WORLD_SKIP_FILLERS = words((t) => t.skipFillers);
export const WORLD_ADDS_UP = words((t) => t.addsUp);
export const WORLD_OTHER_SPORTS = words((t) => t.otherSports);
export const WORLD_OTHER_ACTIVITIES = words((t) => t.otherActivities);
export const WORLD_COLOURS = table((t) => t.colours);
export const WORLD_LEVELS = table((t) => t.levels);
export const WORLD_BELT_TIMES = table((t) => t.beltTimes);
export const WORLD_POSITIONS = table((t) => t.positions);
export const WORLD_POSITION_EMPHASIS = table((t) => t.positionEmphasis);
export const WORLD_GOALS = table((t) => t.goals);
export const WORLD_GOAL_EMPHASIS = table((t) => t.goalEmphasis);
export const WORLD_NEGATIONS = table((t) => t.negations);
export const WORLD_NOW = words((t) => t.now);
export const WORLD_PAST = words((t) => t.past);
export const WORLD_RELATIVES = words((t) => t.relatives);
export const WORLD_OTHERS = words((t) => t.others);
export const WORLD_POSSESSIVES = words((t) => t.possessives);
export const WORLD_JOKES = table((t) => t.jokes);
export const WORLD_BUT = words((t) => t.but);
export const WORLD_THAT = words((t) => t.that);
export const WORLD_I = words((t) => t.i);
export const WORLD_BUT_BEFORE_I = words((t) => t.butBeforeI);

/** Japanese day names, after which "to" is "and", not a range. */
export const TO_IS_AND: ReadonlySet<string> = new Set(JAPANESE_WEEKDAYS.flatMap(([, names]) => names));
/** Czech and Slovak day names, after which "a" is "and", not Spanish "a" (to). */
export const A_IS_AND: ReadonlySet<string> = new Set(CZECH_WEEKDAYS.flatMap(([, names]) => names));

const phraseWords = (tables: readonly PhraseTable<unknown>[]): string[] =>
  tables.flatMap((t) => t.flatMap(([phrase]) => phrase.split(/[\s|]+/)));
const SPELT_TABLES = [WORLD_PER_UNIT, WORLD_RATE_PHRASES, WORLD_POSITIONS, WORLD_POSITION_EMPHASIS, WORLD_GOALS];

/**
 * The other tongues' entries and words, which the spelling pass leaves alone: their words are never
 * corrected ("razy" is no slip of "rate"), and no English slip is corrected into one of them ("shite"
 * is not "shita").
 */
export const WORLD_ENTRIES: ReadonlySet<unknown> = new Set([...SPELT_TABLES, WORLD_GOAL_EMPHASIS].flat());
export const WORLD_NOT_TARGETS: ReadonlySet<string> = new Set([
  ...WORLD_TIMES_WORDS,
  ...WORLD_WEEKDAYS.flatMap(([, names]) => names),
]);
export const WORLD_WORDS: ReadonlySet<string> = new Set([
  ...WORLD_NOT_TARGETS,
  ...[WORLD_DURATIONS, WORLD_NUMBERS, WORLD_COUNTED_NUMBERS, WORLD_TIMES_ADVERBS].flatMap((m) => [...m.keys()]),
  ...[WORLD_WEEKDAY_JOINERS, WORLD_EXCEPT_BEFORE, WORLD_EXCEPT_AFTER, WORLD_DENYING_DAYS, WORLD_SKIP_FILLERS].flat(),
  ...WORLD_NOTHING,
  ...[WORLD_ADDS_UP, WORLD_OTHER_SPORTS, WORLD_OTHER_ACTIVITIES, WORLD_NOW, WORLD_PAST, WORLD_POSSESSIVES].flat(),
  ...[WORLD_RELATIVES, WORLD_OTHERS, WORLD_BUT, WORLD_THAT, WORLD_I, WORLD_BUT_BEFORE_I].flat(),
  ...phraseWords([...SPELT_TABLES, WORLD_UNIT_BEFORE, WORLD_GOAL_EMPHASIS, WORLD_NEGATIONS, WORLD_JOKES]),
  ...phraseWords([WORLD_COLOURS, WORLD_LEVELS, WORLD_BELT_TIMES]),
]);
