// chat.send routes a message to the pending profile question only when it reads as an answer
// (docs/rules.md §1). A video request that happens to contain answer words ("show me top game passing")
// must stay a video request, so this is stricter than parseProfileAnswer.

import { looksLikeTrainingLog, onlyCountsSessions, scoreTrainingLog } from '../chat-routing';
import { extractTopics } from '../topics';
import { compileLexicon, findMentions } from './lexicon';
import { parseProfileAnswer } from './parse';
import { asksHowInRomance } from './pending-romance-how';
import { identityLead } from './pending-identity';
import { plainAnswerLead } from './pending-answer-lead';
import { tokenise, wordCount, type Token } from './text';
import type { ProfileField, ProfileValue } from './types';

// Answers to these questions are short; a long message is a request or a story, not an answer.
const MAX_ANSWER_WORDS = 40;

const QUESTION_OPENERS = new Set([
  'best',
  'how',
  'what',
  'whats',
  'where',
  'which',
  'who',
  'why',
  'can',
  'could',
  'would',
  'will',
  'should',
  'do',
  'does',
  'is',
  'are',
  'any',
  'show',
  'give',
  'find',
  'send',
  'teach',
  'recommend',
  'suggest',
  'explain',
  'help',
  'tell',
  'search',
  'looking',
  'need',
  'please',
  'pls',
  'plz',
  'video',
  'videos',
  'vid',
  'vids',
]);

/** Phrases that ask for content anywhere in a message. */
const REQUEST_CUES = compileLexicon<true>([
  ['video|videos|vid|vids|vod|tutorial|tutorials|instructional|instructionals|breakdown|youtube|clip|clips', true],
  ['show|teach|send|give|find me', true],
  // "which leg lock defense should i learn first", "what sweeps should i learn"
  ['should i learn|drill|study|watch|practice|practise', true],
  ['how do|can|to|should|would', true],
  ['what is|s|are|about', true],
  ['what|which should|can|do i|we', true],
  ['can|could you', true],
  ['tips|help on|for|with', true],
  // "top game tips? i keep losing mount"
  ['tips|advice ?', true],
  ['looking for', true],
  // "got any videos on…" (but "got my brown belt" is news)
  ['got any|some', true],
  ['i need help', true],
  ['i want|wanna to see|watch', true],
  // "triangle from closed guard pls", "techniques for when someone grabs me"
  ['pls|please|plz|plss', true],
  ['for when', true],
  // "need something on defending heel hooks", "self defense stuff from guard"
  ['need something|anything|stuff on|for|about', true],
  // "anything on anaconda defence? got caught 3 times…" (not "for": "something for fitness" answers goals)
  ['anything|something on|about', true],
  // asked for someone else: "self defence stuff for my daughter? shes 14"
  [
    'stuff|moves|techniques|videos|drills for my daughter|son|kid|kids|wife|husband|girlfriend|boyfriend|brother|sister|mum|mom|dad',
    true,
  ],
  // "for fitness what solo drills can I do at home"
  ['can|should i do at home|alone|solo', true],
  ['drills|drill can|should i', true],
  ['stuff|moves|techniques from', true],
]);

/** A technique or an intent named without "I/my": a topic query such as "armbar from guard". */
const TOPIC_QUERY_CUES = compileLexicon<true>([
  [
    'attack|attacks|entry|entries|basics|fundamentals|details|concepts|transitions|combos|combinations|variations|grips|options|techniques|system',
    true,
  ],
  [
    'escape|escapes|escaping|counter|counters|countering|setup|setups|finish|finishing|drill|drills|armbar|armbars|kimura|kimuras|americana|guillotine|guillotines|darce|anaconda|choke|chokes|rnc|kneebar|wristlock|submission|submissions|subs|triangle|triangles|omoplata|omoplatas|ezekiel|footlock|footlocks|heelhook|heelhooks',
    true,
  ],
  ['defend|defending|defense|defence against|vs', true],
  ['set up', true],
  ['rear naked', true],
  ['bow and arrow', true],
  ['ankle lock|locks', true],
  ['toe hold|holds', true],
]);
// "we"/"our" tell of the user's class: "mostly the fundamentals class where we do a lot of guard passing"
const FIRST_PERSON = new Set(['i', 'me', 'my', 'im', 'mine', 'myself', "i'm", 'ive', 'id', 'we', 'us', 'our', 'weve']);

// "sweeps for days", "passes for fun": not asked for anyone
const FOR_IDIOMS: ReadonlySet<string> = new Set(['days', 'life', 'sure', 'fun', 'real', 'ever']);

/** A request names what it wants last: "butterfly guard sweeps", "armbar setups". */
const ASKED_THINGS: ReadonlySet<string> = new Set([
  'sweeps',
  'passes',
  'chokes',
  'escapes',
  'takedowns',
  'submissions',
  'subs',
  'setups',
  'entries',
  'attacks',
  'armbars',
  'triangles',
  'transitions',
  'counters',
  'finishes',
  'drills',
  'details',
  'defense',
  'defence',
]);

export function readsAsRequest(text: string, field: ProfileField | null = null): boolean {
  const tokens = tokenise(text);
  if (wordCount(tokens) > MAX_ANSWER_WORDS) return true;
  const speaksOfSelf = tokens.some((t) => FIRST_PERSON.has(t.text));
  const lastWord = [...tokens].reverse().find((t) => t.kind === 'word');
  // each read at most once, and only when a rule below needs it
  let topics: readonly string[] | undefined;
  const topicsNamed = (): readonly string[] => (topics ??= extractTopics(text));
  let log: boolean | undefined;
  const isLog = (): boolean => (log ??= looksLikeTrainingLog(text));
  // a technique's defence or escape, or a technique named last, without "I": a topic to look up,
  // unless told as training ("3x a week, went tonight and drilled armbars")
  if (!speaksOfSelf && !isLog()) {
    const named = topicsNamed();
    if (named.some(isIntentTopic) || (named.length > 0 && ASKED_THINGS.has(lastWord?.text ?? ''))) return true;
    // "half guard sweeps for old guys with bad knees": things asked for someone
    const forSomeone = (i: number): boolean =>
      tokens[i + 1]?.text === 'for' && !FOR_IDIOMS.has(tokens[i + 2]?.text ?? '');
    if (named.length > 0 && tokens.some((t, i) => ASKED_THINGS.has(t.text) && forSomeone(i))) return true;
    // "butterfly guard vs pressure passers, help": a technique named and a call for help
    if (named.length > 0 && callsForHelp(tokens)) return true;
    // "passing de la riva when they have the sleeve grip": a technique against the opponent's reaction
    if (named.length > 0 && AGAINST_THEIR_REACTION.test(text.toLowerCase())) return true;
    // "guard passing vs de la riva": one technique set against another (not "closed guard vs bigger guys")
    if (named.length > 1 && tokens.some((t) => t.text === 'vs' || t.text === 'versus')) return true;
  }
  const first = tokens.find((t) => t.kind === 'word' || t.kind === 'number');
  if (first && QUESTION_OPENERS.has(first.text)) return true;
  if (first && asksHowInRomance(tokens, tokens.indexOf(first))) return true;
  if (endsWithQuestion(tokens) && wordCount(tokens) > 3) return true;
  if (findMentions(REQUEST_CUES, tokens).length > 0) return true;
  // a technique just told of, wanted: "saw a reverse de la riva to back take at the taikai, want to learn it"
  if (WANTS_IT.test(text.toLowerCase()) && topicsNamed().length > 0) return true;
  // "get better, learn the techniques" answers the goals question: learning with no technique named
  const aGoal = field === 'training_goals' && topicsNamed().length === 0;
  return !speaksOfSelf && !aGoal && findMentions(TOPIC_QUERY_CUES, tokens).length > 0 && !isLog();
}

/**
 * "…, help", "help!! guy at my gym…", "choke from mount help": "help" standing alone at a clause's
 * edge calls for it; "there to help him", "it could help" use the verb.
 */
function callsForHelp(tokens: readonly Token[]): boolean {
  const edge = (t: Token | undefined): boolean => t === undefined || t.kind === 'symbol' || t.kind === 'emoji';
  return tokens.some(
    (t, i) =>
      t.text === 'help' &&
      (edge(tokens[i - 1]) || (edge(tokens[i + 1]) && !HELP_AS_VERB_AFTER.has(tokens[i - 1]?.text ?? ''))),
  );
}
const HELP_AS_VERB_AFTER: ReadonlySet<string> = new Set([
  'to',
  'can',
  'could',
  'would',
  'will',
  'might',
  'may',
  'should',
  'll',
  'i',
  'we',
  'they',
  'it',
  'that',
  'this',
  // "it really does help", "wasn't enough help", "need all the help"
  'does',
  'do',
  'did',
  'really',
  'enough',
  'the',
  'all',
  'some',
  'any',
  'much',
]);

function endsWithQuestion(tokens: readonly Token[]): boolean {
  const last = [...tokens].reverse().find((t) => t.kind !== 'emoji');
  return last?.text === '?';
}

// A training log can mention a position, a goal word or someone's belt in passing ("competed today,
// lost to a heel hook", "got armbarred by a purple belt"); the log is what the user meant, and losing
// it costs more than asking again. Frequency answers stay answers even as a story ("trained 3 times
// this week").
const LOG_WINS: ReadonlySet<ProfileField> = new Set(['belt_level', 'main_position', 'training_goals']);

const isIntentTopic = (id: string): boolean =>
  id.endsWith('_defense') || id.endsWith('_escape') || id === 'guard_retention';

/**
 * "just got promoted to blue", "coach gave me my purple": a promotion answers the belt question even
 * told as news ("got my butt kicked" is not one).
 */
const AGAINST_THEIR_REACTION = /\b(?:when|if|once)\s+(?:they|he|she|someone|people|my opponent)\b/;
const WANTS_IT = /\b(?:want|wanna)\s+(?:to\s+)?(?:learn|try|see)\s+(?:it|that|this)\b/;
const PROMOTION =
  /\b(?:promoted|promotion|tied|awarded|new belt)\b|\b(?:got|earned|received|gave me|handed me) (?:my |a |the )?(?:\w+ )?(?:white|blue|purple|brown|black|belt|stripe)\b/;

/**
 * A habit has a period ("3 times a week", "mon wed fri", "saturdays", "the sunday open mat"); "trained twice today" counts
 * one day's training, and so does one day named ("open mat saturday") or a week gone ("missed all of
 * last week").
 */
const HABIT_PERIOD =
  /\b(?:week|weeks|weekly|wk|wks|month|months|monthly|per|daily|usually|normally|typically|weekdays|weekends|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|(?:every|each)\s+(?:day|night|morning|evening|other|single day))\b/;
// "the sunday open mat" is the regular one
const WEEKDAY_NAME =
  /\b(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b/g;
/**
 * "back in 3 weeks", "for 2 months": a time span, not the period of a habit; "last week": one week
 * gone; "this week so far": a week not over.
 */
const SPAN =
  /\b(?:(?:in|for|after|since)\s+(?:a|an|\d+|one|two|three|four|five|six)\s+(?:weeks?|months?)|(?:last|past)\s+(?:week|weekend|month)|this\s+week\s+so\s+far|so\s+far\s+this\s+week)\b/g;

const isHabit = (lower: string): boolean => {
  const text = lower.replace(SPAN, ' ');
  const days = text.match(WEEKDAY_NAME) ?? [];
  return HABIT_PERIOD.test(text) || days.length >= 2 || days.some((d) => d.startsWith('the'));
};

/** The first clause, where a short answer comes before its context: "compete, got a tournament in march". */
const FIRST_CLAUSE = /^[^,.;:!?\n]*/;
const MAX_LEADING_ANSWER_WORDS = 4;
const PAST_VERB = /\b[a-z]{3,}ed\b/i;

/**
 * A few words that answer the question, with no sign of a session in them, then context that reads
 * like a log ("mostly fitness, lost 20 lbs since starting", "twice a week, mostly the fundamentals
 * class…"): the answer is what was meant.
 */
function leadingAnswer(field: ProfileField, text: string): ProfileValue | null {
  const lead = shortLead(text);
  if (lead === null) return null;
  // "top game day: double unders…" is a write-up's heading
  if (text[lead.length] === ':') return null;
  // a time word, a session or a verb in the past in those words makes them part of the story ("fun
  // class today, …", "sweated buckets, great cardio session today")
  if (scoreTrainingLog(lead).score >= 1 || PAST_VERB.test(lead)) return null;
  return parseProfileAnswer(field, lead);
}

/**
 * "black belt, 2nd degree. just here for the vids": the belt first, then no technique and no
 * question; "4. tues thurs sat sun. the tuesday one is triangle drills": a bare count first.
 */
function statedFirst(field: ProfileField, text: string): ProfileValue | null {
  if ((field !== 'belt_level' && field !== 'training_frequency') || text.includes('?')) return null;
  const lead = shortLead(text);
  if (lead === null) return null;
  if (field === 'training_frequency') return BARE_COUNT.test(lead) ? parseProfileAnswer(field, lead) : null;
  return extractTopics(text).length ? null : parseProfileAnswer(field, lead);
}
const BARE_COUNT = /^\s*(?:\d{1,2}|one|two|three|four|five|six|seven)\s*$/i;

/** The first clause, when it is a few words with more after it: where a short answer stands. */
function shortLead(text: string): string | null {
  const lead = FIRST_CLAUSE.exec(text)?.[0] ?? '';
  return lead.length === text.length || wordCount(tokenise(lead)) > MAX_LEADING_ANSWER_WORDS ? null : lead;
}

/** The answer to the pending question, or null when the message should be handled as usual. */
export function parsePendingAnswer(field: ProfileField, text: string): ProfileValue | null {
  const stated = statedFirst(field, text);
  if (stated !== null) return stated;
  if (readsAsRequest(text, field)) return null;
  if (looksLikeTrainingLog(text)) {
    // "im a white belt still, tonight we drilled kimuras…": the user's own value said as who they are
    const own = identityLead(field, text);
    if (own !== null) return own;
    // "balanced i reckon, played top and bottom tonight": a plain answer, then the log
    const plain = plainAnswerLead(field, text);
    if (plain !== null) return plain;
    const lead = leadingAnswer(field, text);
    if (lead !== null) return parseProfileAnswer(field, text) ?? lead;
    const lower = text.toLowerCase();
    if (field === 'belt_level' && PROMOTION.test(lower)) return parseProfileAnswer(field, text);
    if (LOG_WINS.has(field)) return null;
    // a log with numbers is a log unless the numbers are a weekly habit ("trained 3 times this week")
    if (field === 'training_frequency' && !isHabit(lower) && !onlyCountsSessions(text)) return null;
  }
  return parseProfileAnswer(field, text);
}
