// Typos in answers ("twise a week", "botom", "balenced", "hobbie"): a word the field's parser does
// not know, one slip away from exactly one word it does, is read as that word. Belt answers have
// their own typo table (belt-words.ts), so they are left alone here.

import { NEGATION_CUES } from './negation-words';
import { NOW_OTHER_TONGUES, PAST_OTHER_TONGUES } from './now-and-past-words';
import { OTHER_SUBJECTS } from './other-subject-words';
import { SKIP_REPLIES } from './skip-words';
import { GOAL_TABLE } from './goal-words';
import { GOAL_EMPHASIS } from './goal-emphasis-words';
import { editDistance, type PhraseTable } from './lexicon';
import { NUMBER_WORDS, PORTUGUESE_NUMBERS, SPANISH_NUMBERS, SWAHILI_AFRIKAANS_NUMBERS, TIMES_ADVERBS } from './numbers';
import { EVERY_N, PER_UNIT, RATE_PHRASES, RATE_TIME_CUES, TIMES_WORDS } from './frequency-words';
import { SESSION_KINDS } from './session-kind-words';
import { WEEKDAYS } from './weekday-words';
import { WORLD_ENTRIES, WORLD_NOT_TARGETS, WORLD_WORDS } from './world-words';
import { OTHER_SPORTS } from './sport-words';
import { POSITION_TABLE } from './position-words';
import { POSITION_EMPHASIS } from './position-emphasis-words';
import { INDIFFERENCE } from './position-indifference-words';
import { TRANSIT_CUES } from './position-transit-words';
import { HARM_AVOIDED } from './goal-harm-words';
import { DANGER_AHEAD } from './goal-danger-words';
import { TECHNIQUE_GOALS } from './goal-technique-words';
import { MASTERY_GOALS_ABROAD } from './goal-mastery-words';
import { REFUGE_AS_TYPED } from './goal-refuge-words';
import { WORKWEEK_PHRASES } from './frequency-workweek-words';
import { WHOLE_WEEK } from './frequency-whole-week';
import { SELDOM } from './position-seldom-words';
import { MIXED_UP_NAMES } from './position-mixup-words';
import type { ProfileField } from './types';

const MIN_LENGTH = 4;
const MAX_DAY_SHORT_FORM = 4;

// the other tongues' phrases and the idioms are matched as typed: no English slip is read as one of
// their words ("to save my life" is not "same", "who asks that" not "ass", "peguei" not "peguen")
const AS_TYPED: ReadonlySet<unknown> = new Set([
  ...[...WORLD_ENTRIES, ...INDIFFERENCE, ...HARM_AVOIDED],
  ...[...DANGER_AHEAD, ...TECHNIQUE_GOALS, ...MASTERY_GOALS_ABROAD, ...REFUGE_AS_TYPED],
  // "once a month" and "mix those up" bring no new targets for slips ("these" is not "those")
  ...[...SELDOM, ...MIXED_UP_NAMES],
  // "ninguna semana" is no slip of "ningún día entre semana", "missed" none of "never misses a weekday"
  ...WORKWEEK_PHRASES,
]);
const wordsOf = (tables: readonly PhraseTable<unknown>[]): string[] =>
  tables.flatMap((table) => table.filter((e) => !AS_TYPED.has(e)).flatMap(([phrase]) => phrase.split(/[\s|]+/)));
/**
 * Everyday words of the languages answers come in, never slips of a vocabulary word: Spanish "pero"
 * is not "peso", "todo" not "too"; Portuguese "mais" not "mats"; Tagalog "puro" not "puxo", "lang"
 * not "land"; "says" is not "stays", "division" not "diversion".
 */
const COMMON_WORDS: readonly string[] = [
  // "an older guy" is not Afrikaans "onder" (under)
  ...['older', 'elder', 'oldest'],
  // "coach wants us to…" is someone's wish, not the user's "want"
  ...['wants', 'wanted'],
  ...['pero', 'todo', 'toda', 'todos', 'como', 'cuando', 'desde', 'solo', 'mucho', 'poco', 'sobre', 'algo', 'nada'],
  ...['mais', 'muito', 'pouco', 'tudo', 'sempre', 'quando', 'sabe'],
  // "entre semana" (on weekdays) is not "entire"
  'entre',
  // "si me pasan" (if they pass me) is done to the user, not "pasar" (passing)
  ...['pasan', 'pasa', 'pasas', 'pasaron'],
  // "o cara é leve" (the guy is light) is not "care" or "love"
  ...['cara', 'caras', 'leve', 'leves', 'pesado', 'pesada'],
  // "tento levantar" (I try to get up) is not "tanto"; "mi compañero juega" is not "juego" (I play)
  ...['tento', 'tenta', 'tentam', 'juega', 'juegan', 'juegas'],
  ...['lang', 'puro', 'talaga', 'naman', 'lahat', 'yung', 'daw', 'din', 'rin', 'ako', 'siya', 'nung'],
  ...['says', 'saying', 'said', 'division', 'divisions', 'commuting', 'boring', 'sport', 'sports'],
  // "think she wanted me out of the house" is not "thinks"
  'think',
  // "why I came in the first place" is not "cage"
  ...['came', 'cane'],
  // belt colours name people and ranks: "the black belts at my gym" is not "back"
  ...['white', 'blue', 'purple', 'brown', 'black'],
];

// Real words one slip from a vocabulary word, which mean something else ("life" is not "like").
const REAL_WORDS = new Set([
  // "actually" opens a correction; it is not "annually"
  'actually',
  'starting',
  'still',
  'stall',
  // Tagalog: "pang stress reliever" (for), "para", "kasi" (because)
  'pang',
  'para',
  'kasi',
  'started',
  'start',
  'went',
  'knee',
  'knees',
  'wait',
  'want',
  'life',
  'line',
  'time',
  'tine',
  'fine',
  'form',
  'from',
  'than',
  'then',
  'them',
  'boot',
  'bath',
  'best',
  'test',
  'rest',
  'most',
  'must',
  'move',
  'love',
  'live',
  'lose',
  'lost',
  'loss',
  'gave',
  'have',
  'game',
  'same',
  'some',
  'come',
  'done',
  'gone',
  'tops',
  'tip',
  'step',
  'stop',
  'shop',
  'week',
  'weak',
  'were',
  'wear',
  'year',
  'ones',
  'once',
  'nice',
  'mice',
  'back',
  'pack',
  'fits',
  'fist',
  'gets',
  'bets',
  'mean',
  'mine',
  'more',
  'mode',
  'made',
  'make',
  'take',
  'takes',
  // "i get taken down" is done to the user, no slip of "takes down"
  'taken',
  'work',
  'word',
  'none',
  'nope',
  'note',
  'knee',
  'hurt',
  'sick',
  'right',
  'rather',
  'legs',
  'arms',
  // "my mate wants to compete" is a friend, not an open mat
  'mate',
  'mates',
  'matt',
  'math',
  'meat',
  // Portuguese and Spanish: "hoje" is not "hole", "semanas" not "semanal"
  ...NOW_OTHER_TONGUES,
  ...PAST_OTHER_TONGUES,
  'semana',
  'semanas',
  // other sports are read as they are ("lift" is not "life")
  ...OTHER_SPORTS,
  // people are read as they are ("prof says…" is not "pro")
  ...OTHER_SUBJECTS,
  // words saying when a rate holds are read as they are: "these days" is not "there days"
  ...wordsOf([RATE_TIME_CUES]),
  // numbers are read as they are ("one roll out of four" is not "for")
  ...NUMBER_WORDS.keys(),
  // Portuguese and Spanish numbers are read as they are ("duas vezes"), never as a slip of something else
  ...PORTUGUESE_NUMBERS.keys(),
  ...SPANISH_NUMBERS.keys(),
  ...SWAHILI_AFRIKAANS_NUMBERS.keys(),
  // French, Polish, Japanese… words are read as typed: "razy" is no slip of "rate", "kali" of "kale"
  ...WORLD_WORDS,
  // …and so are the idioms' words: "beat up" is not "belt up"
  ...[INDIFFERENCE, HARM_AVOIDED, DANGER_AHEAD].flatMap((table) => table.flatMap(([phrase]) => phrase.split(/[\s|]+/))),
  // Words every field reads the same way: negations and declines are never typos of something else.
  ...NEGATION_CUES.flatMap(([phrase]) => phrase.split(/[\s|]+/)),
  // …and so are the words of a bottom only passed through: "I don't stay there" is no slip of "three"
  ...wordsOf([TRANSIT_CUES]),
  ...SKIP_REPLIES,
  ...COMMON_WORDS,
]);

const VOCABULARY: Readonly<Partial<Record<ProfileField, ReadonlySet<string>>>> = {
  // Counts first: when a typo could be two words, the number is what a frequency answer carries.
  training_frequency: new Set([
    ...NUMBER_WORDS.keys(),
    ...TIMES_ADVERBS.keys(),
    'week',
    'weeks',
    'weekly',
    'month',
    'months',
    'every',
    'times',
    ...wordsOf([RATE_PHRASES, PER_UNIT, WHOLE_WEEK]),
    ...[...TIMES_WORDS].filter((word) => !WORLD_NOT_TARGETS.has(word)),
    ...SESSION_KINDS,
    ...EVERY_N.keys(),
    // a slip is of a day's name, never of its short form: "says" is not "sats", "moms" not "mons"
    ...[...WEEKDAYS.keys()].filter((day) => day.length > MAX_DAY_SHORT_FORM && !WORLD_NOT_TARGETS.has(day)),
  ]),
  main_position: new Set(wordsOf([POSITION_TABLE, POSITION_EMPHASIS])),
  training_goals: new Set(wordsOf([GOAL_TABLE, GOAL_EMPHASIS])),
};

const APOSTROPHES: ReadonlySet<string> = new Set(["'", '\u2019', '\u02bc', '`', '\u00b4']);

// Long words survive two slips, shorter ones one.
const allowedEdits = (word: string): number => (word.length >= 8 ? 2 : 1);

/**
 * A short word one letter changed or added away from another is most often a real word of its own
 * ("copy" is neither "cops" nor "cop", "lift" not "life"): short words are corrected only for a letter
 * dropped, doubled or swapped ("thre", "fitt", "boht").
 */
function unlikelySlip(word: string, v: string): boolean {
  if (word.length > MIN_LENGTH || v.length > word.length) return false;
  if (v.length === word.length) return [...v].sort().join('') !== [...word].sort().join('');
  return ![...word].some((letter, k) => letter === word[k - 1] && word.slice(0, k) + word.slice(k + 1) === v);
}

/** The text with each misspelt word replaced by the one vocabulary word it can only be. */
export function correctSpelling(field: ProfileField, text: string): string {
  const vocabulary = VOCABULARY[field];
  if (!vocabulary) return text;
  return text.replace(/[A-Za-z]+/g, (typed, at: number) => {
    const word = typed.toLowerCase();
    if (word.length < MIN_LENGTH || vocabulary.has(word) || REAL_WORDS.has(word)) return typed;
    // "doesn't": the piece before an apostrophe is a contraction's, no word of its own ("doesn" is not "doesnt")
    if (APOSTROPHES.has(text[at + typed.length] ?? '')) return typed;
    const near = [...vocabulary].filter(
      (v) =>
        v.length >= MIN_LENGTH - 1 &&
        v[0] === word[0] &&
        Math.abs(v.length - word.length) <= 2 &&
        !unlikelySlip(word, v) &&
        editDistance(v, word) <= allowedEdits(v),
    );
    // "thre" is "three" or "the", "trice" is "thrice" or "twice": a dropped letter is the likelier
    // slip, so longer readings win a tie, then same-length ones; among those, the table's first word
    // (its plain spelling: "bottom" before the typo "bototm").
    const longer = near.filter((v) => v.length > word.length);
    const likely = near.length > 1 ? (longer.length ? longer : near.filter((v) => v.length === word.length)) : near;
    return likely[0] ?? typed;
  });
}
