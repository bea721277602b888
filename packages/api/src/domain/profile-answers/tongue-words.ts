// The shape of one language's vocabulary (french-words.ts, polish-words.ts, …): every part is
// optional, and world-words.ts spreads each part into the table of the field that reads it. Types only.

import type { PhraseTable } from './lexicon';
import type { BeltTime } from './belt-words';
import type { NegationCue } from './negation-words';
import type { GoalSignal } from './goal-words';
import type { GoalEmphasis } from './goal-emphasis-words';
import type { PositionSignal } from './position-words';
import type { Emphasis } from './position-emphasis-words';
import type { BeltLevel } from './types';

export type NumberWords = readonly (readonly [word: string, value: number])[];
/** Days of the week (0 = Monday) and the names each is typed by. */
export type WeekdayNames = readonly (readonly [days: readonly number[], names: readonly string[]])[];

export interface TongueWords {
  /** Number words read wherever they stand. */
  readonly numbers?: NumberWords;
  /** Number words that are also everyday words ("une", "due", "ni"): counts only before what they count. */
  readonly countedNumbers?: NumberWords;
  /** Words that already mean "N times": "einmal", "raz", "nikai". */
  readonly timesAdverbs?: NumberWords;
  /** Units of time, with the years each is: "drei Jahre", "8 mois" are time on the mats, not sessions. */
  readonly durations?: NumberWords;
  /** What a count counts: "fois", "razy", "kai", "kez", "kali", "keer", "mal", "volte". */
  readonly timesWords?: readonly string[];
  /** Words between a count and what it counts: Tagalog "apat na beses" (four times). */
  readonly countLinkers?: readonly string[];
  /** The period after a count: "par semaine", "w tygodniu", "pro Woche". */
  readonly perUnit?: PhraseTable<number>;
  /** The period before a count: "haftada üç kez", "shuu ni yon kai", "seminggu 3 kali". */
  readonly unitBefore?: PhraseTable<number>;
  /** A rate said with no count: "tous les jours", "codziennie", "mainichi". */
  readonly ratePhrases?: PhraseTable<number | 'vague'>;
  readonly weekdays?: WeekdayNames;
  /** Words between days of a run: "und", "et", "ve"; `weekdayRange` ones span the days between. */
  readonly weekdayJoiners?: readonly string[];
  readonly weekdayRange?: readonly string[];
  /** "außer Sonntag", "sauf le dimanche": the days after are not trained. */
  readonly exceptBefore?: readonly string[];
  /** "nichiyoubi igai", "pazar hariç": the days before are not trained. */
  readonly exceptAfter?: readonly string[];
  /** "nooit op maandag", "nie w poniedziałki": the days after are not trained. */
  readonly denyingDays?: readonly string[];
  /** "rien le week-end", "am Wochenende nichts": nothing said of days, before or after them. */
  readonly nothing?: readonly string[];
  /** Between a denial and its days: "nooit op maandag", "jamais le lundi". */
  readonly skipFillers?: readonly string[];
  /** "più il sabato": adds a part to the count before. */
  readonly addsUp?: readonly string[];
  /** Other sports ("laufen", "corsa"): what is said of them is not said of BJJ. */
  readonly otherSports?: readonly string[];
  /** Other activities in a timetable only ("fitness"): no part of the BJJ count. */
  readonly otherActivities?: readonly string[];
  readonly colours?: PhraseTable<BeltLevel>;
  /**
   * "débutant", "appena iniziato", "fortgeschritten": the question's beginner-or-experienced; a bare
   * "started" ("angefangen") says no more than English "started" does.
   */
  readonly levels?: PhraseTable<'novice' | 'experienced' | 'started'>;
  readonly beltTimes?: PhraseTable<BeltTime>;
  readonly positions?: PhraseTable<PositionSignal>;
  readonly positionEmphasis?: PhraseTable<Emphasis>;
  readonly goals?: PhraseTable<GoalSignal>;
  readonly goalEmphasis?: PhraseTable<GoalEmphasis>;
  readonly negations?: PhraseTable<NegationCue>;
  /** Words for now and for a past the answer moves on from. */
  readonly now?: readonly string[];
  readonly past?: readonly string[];
  /** Family and partners: "mon frère", "kakak saya". */
  readonly relatives?: readonly string[];
  /** Coaches and friends as the subject of a clause. */
  readonly others?: readonly string[];
  /** "mon", "mein", "mijn": words a subject may follow. */
  readonly possessives?: readonly string[];
  /** "aber", "maar", "ama", "tapi", "kedo": "but", which turns a clause as English "but" does. */
  readonly but?: readonly string[];
  /** "je", "ich", "ik", "io", "ben", "aku": the user, taking a clause over from someone else. */
  readonly i?: readonly string[];
  /** "mais", "ma": "but" before "je", "io" only (alone, Portuguese "mais" is "more", French "ma" "my"). */
  readonly butBeforeI?: readonly string[];
  /** "dass", "que", "che": "that", which carries a wish said before it ("mein Trainer will, dass ich…"). */
  readonly that?: readonly string[];
  /** Words that take back what was just said: "uso uso", "je blague". */
  readonly jokes?: PhraseTable<'joke'>;
}
