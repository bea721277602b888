// A message that asks no technique ("what gi should I buy", "nervous before my first class"): what it
// is about, so Prof. OS can answer it honestly instead of pretending a technique was asked.
import { isAttire, type TopicId } from '../data/canonical-topics';
import { GENERAL_ASK_CUES, ON_THE_MAT_WORDS, STUDY_PHRASES, type GeneralAsk } from '../data/general-asks';
import { compilePhrases, hasPhrase, stemsOf } from './word-phrases';

export type { GeneralAsk };

const CUES = GENERAL_ASK_CUES.map((c) => ({ ask: c.ask, phrases: compilePhrases(c.phrases) }));
const ON_THE_MAT = compilePhrases(ON_THE_MAT_WORDS);
const STUDY = compilePhrases(STUDY_PHRASES);

/**
 * The kind of general ask, or null when the message asks a technique (a topic other than attire, or
 * a family of them) or is only small talk. Pain talk with no other cue is about recovery; a message
 * with no cue that names a technique the taxonomy has no id for ("twister", "front headlock
 * attacks") asks that technique, and so, in general, does one in the words of training ("a good
 * beginner game plan"); anything else that asks no technique is `other`.
 */
export function generalAskOf(
  query: string,
  reading: {
    topics: readonly TopicId[];
    family: unknown;
    smallTalk: unknown;
    injury: string | null;
    terms: readonly string[];
  },
): GeneralAsk | null {
  if (reading.topics.some((t) => !isAttire(t)) || reading.family || reading.smallTalk) return null;
  const stems = stemsOf(query);
  const cue = cueIn(stems);
  if (cue) return cue.ask;
  if (reading.injury !== null) return 'recovery';
  return reading.terms.length || hasPhrase(stems, ON_THE_MAT) ? null : 'other';
}

/** Words of a general ask (gear, schedule, a first class, recovery) in the text: "whats the best way to recover". */
export const namesAGeneralAsk = (text: string): boolean => cueIn(stemsOf(text)) !== undefined;
const cueIn = (stems: ReturnType<typeof stemsOf>) => CUES.find((c) => hasPhrase(stems, c.phrases));

/** The message asks what to study ("what should i focus on to get my blue"): fundamentals answer it. */
export const asksWhatToStudy = (query: string): boolean =>
  hasPhrase(stemsOf(query), STUDY) && !WATCHING_A_SHOW.test(query.toLowerCase());
// "should i watch the ufc tonight": a show, not what to study
const WATCHING_A_SHOW =
  /\bwatch\s+(?:the\s+)?(?:game|games|ufc|movie|film|show|series|olympics|super\s?bowl|cup|final)\b/;
