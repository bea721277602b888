// chat.send routes one free-text message: a training log goes to sessions.log, anything else to
// videos.request. Logging a question by mistake swallows it (no videos) and pollutes the user's
// history, while a missed log still gets a useful video reply, so the bar is evidence of a training
// event that already happened; ambiguous text goes to videos.
//
// The evidence is a weighted sum over whole-word cues (chat-routing-cues.ts, chat-request-cues.ts): past-tense training verbs,
// sessions, time words and counted rounds push toward a log; question openers, asks ("tips",
// "videos"), habits ("I keep getting…") and plans ("tomorrow") push toward a request.

import { closingQuestion } from './closing-question';
import { opensWithTechniqueQuestion } from './opening-question';
import { plainLetters } from './topics/tokenize';
import { EVENTS, NARRATIVE, PAST_TRAINING, PERFECT, TIMES, type Cue } from './chat-routing-cues';
import { HABITS, PLANS, REQUESTS } from './chat-request-cues';

/** A log needs this much net evidence; a single time word or session noun is not enough. */
export const LOG_THRESHOLD = 2;
/** A question mark alone is weak (people punctuate logs too: "rolled 5, got smashed?!"). */
const QUESTION_MARK_WEIGHT = -1;
/** "5 rounds", "30 min", "4x6min", "an hour": counting what you did is narrative. */
const COUNT_WEIGHT = 1.5;
/** A second count on top: a session's time broken down ("30 min drills, then 4x5"). */
const BREAKDOWN_WEIGHT = 1;

export const ROUTING_CUES: readonly Cue[] = [
  ...PAST_TRAINING,
  ...EVENTS,
  ...TIMES,
  ...NARRATIVE,
  ...PERFECT,
  ...REQUESTS,
  ...HABITS,
  ...PLANS,
];

/** Words before a clause's real start: "so", "hey prof,", "quick q -". */
const CLAUSE_FILLERS: ReadonlySet<string> = new Set([
  'so',
  'ok',
  'okay',
  'hey',
  'hi',
  'hello',
  'yo',
  'prof',
  'professor',
  'coach',
  'sensei',
  'also',
  'and',
  'but',
  'um',
  'hmm',
  'quick',
  'q',
  'question',
  'lol',
  'btw',
  'pls',
  'please',
  'oh',
  'well',
  'then',
  'now',
  'ugh',
]);

/** A positive cue right after these is denied: "didn't train", "no class today". */
const NEGATORS: ReadonlySet<string> = new Set([
  'didnt',
  'havent',
  'hasnt',
  'hadnt',
  'not',
  'no',
  'never',
  'wasnt',
  'werent',
  'dont',
  'cant',
  'couldnt',
  'wont',
  'without',
]);
const NEGATION_REACH = 2;

const QUANTITIES: ReadonlySet<string> = new Set([
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'few',
  'couple',
  'several',
]);
const COUNT_UNITS: ReadonlySet<string> = new Set([
  'rund',
  'rundy',
  'classes',
  'sessions',
  'round',
  'rounds',
  'roll',
  'rolls',
  'min',
  'mins',
  'minute',
  'minutes',
  'hour',
  'hours',
  'hr',
  'hrs',
  'rep',
  'reps',
  'sub',
  'subs',
  'minutos',
  // conditioning done: "100 sprawls", "50 burpees"
  'sprawls',
  'burpees',
  'pushups',
  'situps',
  'sprints',
  'laps',
  'shrimps',
]);
/** "30min", "2hr", "5x5", "4x6min" — a count fused with its unit. */
const FUSED_COUNT = /^\d+(?:x\d+(?:min|mins|m)?|min|mins|hr|hrs|h)$/;
/** "6am class". */
const CLOCK_TIME = /^\d{1,2}(?:am|pm)$/;
const NUMBER = /^\d+$/;

type Clause = readonly string[];

// Apostrophes go (so "didn't" is one word); other punctuation ends a clause; emojis vanish.
const APOSTROPHES = /['\u2019\u2018`\u00b4]/g;
const CLAUSE_BREAKS = /[.,;:!?()[\]\n\u2014\u2013\u2026]|\s-+\s/;
const NO_GI = /\bno[\s-]?gi\b/g; // "no gi" is attire: keep "no" from negating the words after it

function clausesOf(text: string): Clause[] {
  // accents stripped and "trenowałem" folded as the topic reader folds them
  const cleaned = plainLetters(text).replace(APOSTROPHES, '').replace(NO_GI, 'nogi');
  return cleaned
    .split(CLAUSE_BREAKS)
    .map((clause) => clause.split(/[^a-z0-9]+/).filter(Boolean))
    .filter((clause) => clause.length > 0);
}

interface CompiledCue extends Cue {
  parts: readonly string[];
}
const COMPILED: readonly CompiledCue[] = ROUTING_CUES.map((cue) => ({ ...cue, parts: cue.words.split(' ') }));

function clauseStartIndex(clause: Clause): number {
  let i = 0;
  while (i < clause.length - 1 && CLAUSE_FILLERS.has(clause[i] ?? '')) i++;
  return i;
}

function matchesAt(cue: CompiledCue, clause: Clause, i: number): boolean {
  if (!cue.parts.every((part, k) => clause[i + k] === part)) return false;
  if (cue.atClauseStart && i !== clauseStartIndex(clause)) return false;
  const before = clause[i - 1];
  if (cue.notAfter && before !== undefined && cue.notAfter.includes(before)) return false;
  if (cue.weight > 0) {
    for (let j = Math.max(0, i - NEGATION_REACH); j < i; j++) if (NEGATORS.has(clause[j] ?? '')) return false;
  }
  return true;
}

/** How many counts of what was done the message holds: "5 rounds", "30 min", "4x6min". */
function countsIn(clauses: readonly Clause[]): number {
  let counts = 0;
  for (const clause of clauses)
    clause.forEach((word, i) => {
      if (FUSED_COUNT.test(word)) counts++;
      else if (NUMBER.test(word) || QUANTITIES.has(word)) {
        const next = clause[i + 1] === 'of' ? clause[i + 2] : clause[i + 1];
        if (next !== undefined && COUNT_UNITS.has(next)) counts++;
      }
    });
  return counts;
}

const hasClockTime = (clauses: readonly Clause[]): boolean => clauses.some((c) => c.some((w) => CLOCK_TIME.test(w)));

export interface RoutingScore {
  score: number;
  /** What was counted, for tests and debugging: cue words with their weight. */
  cues: string[];
}

/** The evidence behind the decision; each cue counts once, however often it appears. */
export function scoreTrainingLog(text: string): RoutingScore {
  const clauses = clausesOf(text);
  const found: string[] = [];
  let score = 0;
  const add = (label: string, weight: number): void => {
    score += weight;
    found.push(`${label} ${weight > 0 ? '+' : ''}${weight}`);
  };
  for (const cue of COMPILED) {
    if (clauses.some((clause) => clause.some((_, i) => matchesAt(cue, clause, i)))) add(cue.words, cue.weight);
  }
  const counts = countsIn(clauses);
  if (counts > 0) add('<count>', COUNT_WEIGHT);
  // "20 min dlr entries, 20 min rolling", "30 min drills then 4x5": time spent, broken down
  if (counts > 1) add('<counts>', BREAKDOWN_WEIGHT);
  if (hasClockTime(clauses)) add('<clock time>', 1);
  if (text.includes('?')) add('?', QUESTION_MARK_WEIGHT);
  const lower = text.toLowerCase();
  if (WRITE_UP.test(lower) || DAY_WRITE_UP.test(lower)) add('<write-up:>', WRITE_UP_WEIGHT);
  if (ORDINAL_SESSION.test(lower)) add('<nth session>', COUNT_WEIGHT);
  if (clauses.length > 1 && ASKS_AT_THE_END.test(lower) && lower.trim().split(/\s+/).length > 4)
    add('<ask at the end>', ASK_AT_THE_END_WEIGHT);
  return { score, cues: found };
}

/**
 * "2 gi classes and an open mat": sessions named and counted, with no verb or time that tells of
 * one that happened; as the answer to "how often do you train?", it is a week's habit.
 */
export function onlyCountsSessions(text: string): boolean {
  const { cues } = scoreTrainingLog(text);
  return cues.length > 0 && cues.every((c) => SESSION_COUNT_CUES.has(c.slice(0, c.lastIndexOf(' '))));
}
// classes, not what is done in one ("3 rolls", "5 rounds", "an hour of drills")
const SESSION_COUNT_CUES: ReadonlySet<string> = new Set([
  'class',
  'classes',
  'session',
  'sessions',
  'lesson',
  'open mat',
  'openmat',
  'fundamentals',
  'seminar',
  'workout',
  '<count>',
  'comp',
  'competition',
  'private',
  'drilling',
  'training',
  'practice',
]);

/**
 * "class: kimura from closed guard…", "top game day: double unders…", "tonight: x guard sweeps…": a
 * session or a day named and then described after a colon is how people write up training.
 */
const WRITE_UP =
  /\b(?:class|session|day|night|training|drilling|sparring|rolls|open mat|private|today|tonight|yesterday|this morning|last night|recap|notes|mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)\s*:/;
const WRITE_UP_WEIGHT = 2;
/** "half guard day. underhook, dogfight, old school sweep.": a day named first, then what it held. */
const DAY_WRITE_UP = /^[a-z0-9 '/&+-]{2,30}\bday\s*[.!]+\s+\S/;
/** "Nth session this week", "second class": counting sessions already done. */
const ORDINAL_SESSION = /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth)\s+(?:session|class|roll|time)\b/;
/** A story that ends in a short ask ("… under side control. escapes?", "Ideas?") is a request. */
const ASKS_AT_THE_END = /(?:^|[.!,;])\s*[^.!?,;]{1,25}\?\s*$/;
const ASK_AT_THE_END_WEIGHT = -3;

/**
 * True when the message reads as a report of training that happened; requests and ambiguity → false.
 * A story that ends in a question is judged by the question: asking for help with a technique is a
 * request; a complaint put as a question ("why is that so hard"), or a yes-or-no question about no
 * technique ("is it normal to be this sore?"), leaves the story to decide. A message that opens by
 * asking about a technique and then says what is missing ("loop choke? saw it at a comp, cant get it
 * to work") is a request.
 */
export function looksLikeTrainingLog(text: string): boolean {
  if (opensWithTechniqueQuestion(text)) return false;
  const closing = closingQuestion(text);
  if (closing?.kind === 'help') return false;
  if (closing?.kind === 'aside' && scoreTrainingLog(closing.story).score >= LOG_THRESHOLD) return true;
  return scoreTrainingLog(text).score >= LOG_THRESHOLD;
}
