// Topic extraction: free text → canonical topic ids (docs/contract.md "Canonical topics").
//
// Steps, all over tokens (never substrings, so "beginner" is not `gi` and "mountain" is not
// `mount`), each in its own module under topics/:
//   1. words   — tokenize.ts: lower-case, strip accents/apostrophes, split hyphens; fold plurals and
//                verb forms to a stem; typos.ts: correct one-letter typos of long topic words.
//   2. phrases — phrase-index.ts: the alias tables of data/topic-aliases.ts and the Portuguese and
//                Japanese glossary of data/topic-glossary.ts, compiled once into an index keyed by
//                first stem; match.ts: the longest phrase at each position wins (a dropped letter,
//                run-together or split words still match); sense.ts: an alias that is also everyday
//                English ("half marathon", "sweep the floor") keeps its topic only in its BJJ sense.
//   3. intent  — exclusion.ts: what the user rules out ("no more leg locks", "my gym bans heel
//                hooks") is set apart from what is asked; intent.ts: defensive words ("escape",
//                "stop", "getting passed", "… me") turn the topic they refer to into `T_defense` /
//                `P_escape`, beside the topic itself.
//   4. reading — reading.ts: one text's units settle into what is asked, ruled out and struggled with;
//                story-context.ts: a question after a story keeps the story's place, attire and attacks
//                it points back at; word-uses.ts: whether given words are asked or ruled out.
//   5. parts   — person-parts.ts: a message asking for several people is read one person's part at a
//                time; corrected.ts and background.ts: what a correction takes back, what hurt the user
//                and what they already know are not asked; asks-nothing.ts: a message that says it
//                asks nothing ("no question, just venting") asks no topic.
import { type TopicId, baseTopicOf, isAttire } from '../data/canonical-topics';
import { asTheUser } from './topics/relayed';
import { withDictatedMarks } from './topics/dictation';
import { askedPart, asksAfresh } from './topics/asked-part';
import { namesAGeneralAsk } from './general-ask';
import { askingSentences } from './topics/asking-sentences';
import { type TopicReading, readTopicsOf, withTopics } from './topics/reading';
import { ownAttacksPointedAt, withPlacePointedAt, withStoryContext } from './topics/story-context';
import { withPlaceOnlyDefendedIn } from './topics/defended-where';
import { withPlaceOnlyFinishedIn } from './topics/finished-where';
import { takenBack } from './topics/corrected';
import { backgroundOnly } from './topics/background';
import { personParts } from './topics/person-parts';
import { saysItAsksNothing } from './topics/asks-nothing';
import { plainLetters } from './topics/tokenize';

export { aliasConflicts } from './topics/phrase-index';

/**
 * Canonical topic ids asked about in a free-text query, in order of first appearance; an intent id
 * follows its topic ("armbar escapes" → armbar, armbar_defense). Pure and deterministic.
 */
export function extractTopics(query: string): TopicId[] {
  return readTopics(query).topics;
}

/**
 * A message as the topic reader reads it: punctuation said aloud written as punctuation
 * (topics/dictation.ts), a question relayed for someone else in the user's words (topics/relayed.ts).
 */
export const asRead = (message: string): string => asTheUser(withDictatedMarks(message)).replace(ARROW, ' to ');
// "lasso -> spider -> back??": a chain of moves, each one to the next
const ARROW = /\s*(?:->|=>|→|-->)\s*/g;

/** The topics of a message; `read` is the message `asRead`, when the caller has it already. */
export function readTopics(message: string, read: string = asRead(message)): TopicReading {
  // "my son needs armbar escapes, my wife wants the triangle …": each person's part read on its own
  const parts = personParts(message)?.map((part) => readTopicsAsRead(asRead(part)));
  if (parts && parts.filter((p) => p.topics.length).length >= 2) return joined(parts);
  return readTopicsAsRead(read);
}

/** The readings of a message's parts as one: their topics in order, each once. */
function joined(parts: readonly TopicReading[]): TopicReading {
  const all = (pick: (r: TopicReading) => readonly TopicId[]): TopicId[] => [...new Set(parts.flatMap(pick))];
  const topics = all((r) => r.topics);
  return {
    topics,
    struggles: all((r) => r.struggles),
    excluded: all((r) => r.excluded).filter((t) => !topics.includes(t)),
    ruledOutNames: [...new Set(parts.flatMap((r) => r.ruledOutNames))],
    moment: all((r) => r.moment),
  };
}

/** The reading of one text `asRead` has prepared already (one person's part, or a whole message asking for one). */
function readTopicsAsRead(query: string): TopicReading {
  const reading = withPlaceOnlyFinishedIn(withPlaceOnlyDefendedIn(readAsked(query), query), query);
  const read = (words: string): readonly TopicId[] => readTopicsOf(words).topics;
  // "triangle from mount, no wait, arm triangle": what a correction takes back is not asked; nor is
  // the background: what hurt the user, what they already know (topics/background.ts)
  const plain = plainLetters(query);
  if (saysItAsksNothing(plain)) return without(reading, new Set(reading.topics));
  return without(without(reading, takenBack(plain, read)), backgroundOnly(plain, reading.topics, read));
}

/** The reading less the topics `dropped`, from what is asked and from the moment. */
function without(reading: TopicReading, dropped: ReadonlySet<TopicId>): TopicReading {
  if (!dropped.size) return reading;
  const kept = (t: TopicId): boolean => !dropped.has(t);
  return { ...withTopics(reading, reading.topics.filter(kept)), moment: reading.moment.filter(kept) };
}

function readAsked(query: string): TopicReading {
  const asked = askedPart(query);
  if (asked !== null) {
    // what the story rules out still holds
    const question = readTopicsOf(asked);
    // "I said I sweep people, she thought I clean the gym lol. Anyway how do I deal with nerves":
    // a question about no technique, after a story, asks none of the story's
    if (question.topics.length || asksAfresh(asked)) {
      const story = readTopicsOf(query);
      const excluded = [...new Set([...question.excluded, ...story.excluded])].filter(
        (t) => !question.topics.includes(t),
      );
      const told = query.slice(0, query.length - asked.length);
      const topics = [...question.topics, ...ownAttacksPointedAt(question.topics, asked, story.topics)];
      return { ...question, topics: withPlacePointedAt(topics, asked, told), excluded };
    }
  }
  const split = askingSentences(query, opensWithName, namesATopic);
  if (split !== null) {
    const question = readTopicsOf(split.asking);
    if (question.topics.some((t) => !isAttire(t)))
      return withStoryContext(question, split.asking, readTopicsOf(query), split.telling);
    // "comp class tonight, tons of takedowns and passing drills. … whats the best way to recover between
    // hard sessions": a question off the mat after the story asks none of its techniques
    if (!question.topics.length && asksAfresh(split.asking) && namesAGeneralAsk(split.asking))
      return { ...question, excluded: readTopicsOf(query).excluded };
  }
  return readTopicsOf(query);
}

const namesATopic = (words: readonly string[]): boolean => readTopicsOf(words.join(' ')).topics.length > 0;
const TELLERS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we']);

/**
 * The first word is part of a name ("armbar from mount", not "hit two triangles"): the words, or the
 * first few of them, name something they do not name without it ("single legs, double legs").
 */
function opensWithName(words: readonly string[]): boolean {
  const named = readTopicsOf(words.join(' ')).topics;
  const without = readTopicsOf(words.slice(1).join(' ')).topics;
  // (a name, not who does it: "he attacked wristlocks" only adds the defence of a name said without "he")
  const bare = (t: TopicId): TopicId => (TELLERS.has(words[0] ?? '') ? (baseTopicOf(t) as TopicId) : t);
  if (named.some((t) => !without.map(bare).includes(bare(t)))) return true;
  // a name said again further on: the first words name it, and nothing without the first word
  for (let k = words.length - 1; k >= 2 && named.length; k--) {
    const first = readTopicsOf(words.slice(0, k).join(' ')).topics;
    const again = readTopicsOf(words.slice(k).join(' ')).topics;
    if (first.some((t) => again.includes(t)) && !readTopicsOf(words.slice(1, k).join(' ')).topics.length) return true;
  }
  return false;
}
