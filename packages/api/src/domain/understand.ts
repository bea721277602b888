// What a video request says, read once before any transaction: the one place the chat's language
// understanding meets recommending. Everything downstream (ranking, reasons, the lead-in) reads this,
// never the raw text again, so what the user ruled out or the side they asked about is decided here.
import { type Attire, type TopicId, baseTopicOf, isAttire, isPosition, isTechnique } from '../data/canonical-topics';
import { type BaseTopic, OPPONENT_WORDS, PINS } from '../data/topic-aliases';
import { TOPIC_FAMILIES, type TopicFamily } from '../data/topic-families';
import { isSubmission } from '../data/topic-names';
import { constraintsOf, type Constraint } from './constraints';
import { asksWhatToStudy, generalAskOf, type GeneralAsk } from './general-ask';
import { withGuardMeant } from './guard-meant';
import { injuryOf, withoutWorries } from './injury-talk';
import { reactionAnswers, type ReactionAnswers } from './reactions';
import { smallTalkOf, type SmallTalk } from './small-talk';
import { defendedTermsIn, techniqueTerm, termPhrasesIn, termsDoneToUser, termsIn } from './technique-terms';
import { intentTopicOf } from './topics/intent';
import { isAskable, withKindMembers } from './technique-kinds';
import { distinctiveWords } from './title-words';
import { familiesIn, withFamilyDefended } from './topic-families';
import { withoutMembersRuledOut } from './family-members-ruled-out';
import { withTechniqueDisowned } from './topics/technique-disowned';
import { asRead, readTopics } from './topics';
import { anyRuledOut, readWords } from './topics/word-uses';
import { splitWords } from './topics/tokenize';
import { stemsOf } from './word-phrases';

/** A message that asks no technique at all ("what gi should I buy", "nervous before my first class"). */
const WEIGHING = /\b(?:or|vs|versus|before|then|and)\b/;

export type { GeneralAsk };

/** Something about the user that changes which videos fit ("I'm the smallest in my gym"). */
export type { Constraint };

export interface QueryUnderstanding {
  query: string;
  /**
   * Canonical ids the message asks about (docs/contract.md "Canonical topics"), as the reply reports
   * them; what the user ruled out is not among them.
   */
  askedTopics: TopicId[];
  /**
   * For ranking: `askedTopics` with what they imply for choosing videos ("armbar from guard" → closed
   * guard; "pinned in side control" → the mount escape too). The reply does not claim these.
   */
  topics: TopicId[];
  /** Topics the user ruled out ("anything but wrestling", "my gym bans heel hooks"): kept out of videos, reasons and lead-in. */
  excluded: TopicId[];
  /** A query naming only a family ("best gi chokes") is answered from that family; its topics stay []. A family ruled out ("anything but chokes") is none. */
  family: TopicFamily | null;
  /** Named techniques asked (data/technique-terms.ts: "berimbolo", "knee cut"); those ruled out are not among them. */
  terms: string[];
  /** Named techniques ruled out ("nothing with berimbolos"). */
  excludedTerms: string[];
  /** Intents that say when the attack asked is wanted ("when someone shoots on me"), not what is asked (topics/reading.ts). */
  moment: TopicId[];
  /** The query's distinctive words (title-words.ts). */
  queryWords: ReadonlySet<string>;
  smallTalk: SmallTalk | null;
  /** The body part a message about pain names ("knee"), "" for none named, null when it is not about pain. */
  injury: string | null;
  /**
   * Set when the message asks no technique at all (attire alone is no technique: "what gi should I
   * buy" is gear); null when it rules techniques out, which is talking techniques.
   */
  general: GeneralAsk | null;
  /** Asks what to study, with no technique named: the belt's fundamentals answer it, a full reply. */
  study: boolean;
  constraints: Constraint[];
  /**
   * For ranking: the positions a technique is asked from ("armbar from mount" → [mount]): the
   * place, not the thing asked. Empty when no technique is asked, or no position is named with it.
   * Always a subset of `topics`.
   */
  setting: TopicId[];
  /** "what subs should i learn from top": the top positions are where, though none is named. */
  fromTop: boolean;
  /**
   * For ranking: the attire the message asks for, "gi" or "no-gi" ("sem kimono" → no-gi;
   * ruling the gi out, "avoid anything with the gi", is no-gi too), or null when it names none.
   */
  attire: Attire | null;
  /** What answers the opponent's reactions the message describes ("drives his head down": the loop choke): context for ranking. */
  reaction: ReactionAnswers;
}

export function understandQuery(message: string): QueryUnderstanding {
  // a question asked for someone else is read as theirs: "my son … his guard" is the user's guard
  const query = asRead(message);
  // (the topics read one person's part at a time when the message asks for several; the word readers
  // below read the whole message)
  const reading = readTopics(message, query);
  const { ruledOutNames } = reading;
  const named = termPhrasesIn(query);
  const excludedTerms = withKindMembers(
    withNamesRightAfter(
      query,
      named,
      [...named.keys()].filter((t) => ruledOutTerm(query, t, named, ruledOutNames)),
    ),
  );
  const defendedTerms = named.size ? defendedTermsIn(query) : [];
  // "the nogi guys just stand up on me": a move of theirs with no defence to ask is not asked
  const theirs = named.size ? termsDoneToUser(query).filter((t) => !hasIntent(t)) : [];
  const terms = [...named.keys()].filter((t) => !excludedTerms.includes(t) && !theirs.includes(t) && isAskable(t));
  const useOf = familyUses(query, reading.excluded);
  const families = familiesIn(query);
  const familiesOut = families.filter((f) => RULED_OUT_AS_TECHNIQUES.has(f.label) && useOf(f) === 'ruledOut');
  const askedTopics = withTechniqueDisowned(query, withoutMembersRuledOut(reading.topics, familiesOut));
  let topics = withTermsDefended(
    withGuardMeant(query, askedTopics, reading.ruledOutNames.length > 0),
    defendedTerms.filter((t) => terms.includes(t)),
  );
  const excluded = [...new Set([...reading.excluded, ...familiesRuledOut(familiesOut, topics)])];
  // A family named beside the place it is wanted from ("chokes from back control") is still asked;
  // beside a technique or an intent, the technique is the question.
  const namesTechnique = topics.some((t) => !isAttire(t) && !isPosition(t));
  const familiesAsked = namesTechnique ? [] : families.filter((f) => useOf(f) === 'asked');
  // "should i learn escapes or subs first": weighing two families is asking what to study ("submission
  // defence, where do i start" names one family, defended)
  const weighsFamilies = familiesAsked.length > 1 && WEIGHING.test(query.toLowerCase()) && asksWhatToStudy(query);
  const familyNamed = weighsFamilies ? null : (familiesAsked[0] ?? null);
  // "a simple half guard game": a member named is the question, not its family
  const memberNamed = familyNamed?.topics.some((t) => topics.includes(t));
  const asked = namesTechnique ? null : ((memberNamed ? null : familyNamed) ?? alternativesTo(excluded));
  const family = asked && withFamilyDefended(query, asked);
  if (family && family !== asked) topics = withPinsEscaped(query, topics);
  const smallTalk = smallTalkOf(query);
  const injury = injuryOf(query);
  const general = generalAskOf(withoutWorries(query), { topics, family, smallTalk, injury, terms });
  const study = !topics.some((t) => !isAttire(t)) && !family && !terms.length && asksWhatToStudy(query);
  return {
    query: message,
    askedTopics,
    topics,
    excluded,
    family,
    terms,
    excludedTerms,
    moment: reading.moment,
    queryWords: distinctiveWords(query),
    smallTalk,
    injury,
    // ruling techniques out is still talking techniques ("my gym bans heel hooks"); asking what to
    // study is training talk, not an off-the-mat question
    general: excluded.length || (study && general !== 'schedule') ? null : general,
    study,
    constraints: constraintsOf(query),
    setting: settingOf(topics),
    fromTop: !topics.some((t) => isPosition(t)) && FROM_TOP.test(query.toLowerCase()),
    attire: attireOf(query, topics, excluded),
    reaction: reactionAnswers(query),
  };
}

type FamilyUse = 'asked' | 'ruledOut' | 'none';
const FINE_AFTER: readonly string[] = ['is', 'are', 's'].flatMap((be) =>
  ['fine', 'ok', 'okay', 'solid', 'good'].map((fine) => stemsOf(`${be} ${fine}`).join(' ')),
);

/**
 * How the query uses each family's name, read once per family: a family is asked unless what names
 * it is ruled out ("anything but chokes") or part of an everyday phrase ("security guard").
 */
function familyUses(query: string, ruledOut: readonly TopicId[]): (family: TopicFamily) => FamilyUse {
  const uses = new Map<TopicFamily, FamilyUse>();
  return (family) => {
    let use = uses.get(family);
    if (!use) uses.set(family, (use = familyUse(query, family, ruledOut)));
    return use;
  };
}

/**
 * "how do i use my riding without getting subbed all the time": a family named only as what the
 * asked thing must not lead to is a risk, not the question.
 */
function onlyAsARisk(stems: readonly string[], words: ReadonlySet<string>): boolean {
  const at = stems.flatMap((s, i) => (words.has(s) ? [i] : []));
  return at.length > 0 && at.every((i) => RISK_OPENERS.has(stems[i - 1] ?? '') || RISK_OPENERS.has(stems[i - 2] ?? ''));
}
const RISK_OPENERS: ReadonlySet<string> = new Set(stemsOf('without'));

/** How a query uses a family's name: asked, ruled out ("not another choke video") or neither. */
function familyUse(query: string, family: TopicFamily, ruledOut: readonly TopicId[]): FamilyUse {
  const stems = stemsOf(query);
  const named = ` ${stems.join(' ')} `;
  const phrases = family.stems.filter((s) => s.includes(' ') && named.includes(` ${stemsOf(s).join(' ')} `));
  const inPhrase = phrases.length > 0;
  // a family named only in phrases ("no arm locks") is read by the last words of those it uses
  const single = family.stems.filter((s) => !s.includes(' '));
  const words = new Set(
    single.length ? single.map((s) => stemsOf(s)[0] ?? s) : phrases.map((s) => stemsOf(s).at(-1) ?? s),
  );
  if (!inPhrase && family.label === 'escapes' && onlyTheOpponentEscapes(query, words)) return 'none';
  if (!inPhrase && onlyAsARisk(stems, words)) return 'none';
  // "my top game is fine but put me on my back and im lost": what is fine is context, not the question
  if (family.stems.some((f) => FINE_AFTER.some((fine) => named.includes(` ${stemsOf(f).join(' ')} ${fine} `))))
    return 'none';
  const use = readWords(query, words);
  if (use !== 'none' || !inPhrase) return use;
  // a phrase that also names a topic ("arm lock": the armbar) is ruled out with it
  return ruledOut.some((t) => family.topics.includes(t)) ? 'ruledOut' : 'asked';
}

/**
 * The techniques of a family ruled out ("back attacks, no chokes", "only chokes, no joint locks"),
 * unless one of them is asked by name. Only the technique families: ruling out "subs" or "escapes"
 * says what kind of answer is wanted, not which videos to keep out.
 */
function familiesRuledOut(families: readonly TopicFamily[], asked: readonly TopicId[]): TopicId[] {
  return families.flatMap((family) => family.topics.filter((t) => !asked.some((a) => baseTopicOf(a) === t)));
}

/**
 * "how do i not get choked from the back": a family defended in a pin is asked from under it, so the
 * pin is escaped; not when the pin is the user's own ("i keep getting choked when im on top in mount").
 */
function withPinsEscaped(query: string, topics: readonly TopicId[]): TopicId[] {
  if (USER_ON_TOP.test(query.toLowerCase())) return [...topics];
  const escapes = topics
    .filter((t) => ESCAPED_PINS.includes(t as BaseTopic))
    .map((t) => `${t}_escape` as TopicId)
    .filter((t) => !topics.includes(t));
  return [...topics, ...escapes];
}
const USER_ON_TOP =
  /\b(?:on top|from top|(?:when|once|if) i (?:have|get|hit|take|hold)|my (?:mount|side control|back control|knee on belly))\b/;
const ESCAPED_PINS: readonly BaseTopic[] = [...PINS, 'back_control'];
const RULED_OUT_AS_TECHNIQUES: ReadonlySet<string> = new Set(['chokes', 'joint locks', 'arm locks']);

/**
 * "what else from the back if they defend the neck": the opponent defending asks no escapes; "she
 * needs escapes" (a daughter) still does, as the family word must follow its subject at once.
 */
function onlyTheOpponentEscapes(query: string, words: ReadonlySet<string>): boolean {
  const stems = stemsOf(query);
  const raw = splitWords(query);
  const subjectBefore = (i: number): boolean =>
    OPPONENTS.has(raw[i - 1] ?? '') || (HABITUAL.has(raw[i - 1] ?? '') && OPPONENTS.has(raw[i - 2] ?? ''));
  const uses = stems.flatMap((s, i) => (words.has(s) ? [i] : []));
  return uses.length > 0 && uses.every(subjectBefore);
}
const OPPONENTS: ReadonlySet<string> = new Set(OPPONENT_WORDS);
const HABITUAL: ReadonlySet<string> = new Set(['always', 'just', 'usually', 'keep', 'keeps', 'then', 'all']);

/**
 * A submission ruled out with none asked ("closed guard attacks that aren't the armbar") asks for the
 * other submissions: the family, without what was ruled out.
 */
function alternativesTo(excluded: readonly TopicId[]): TopicFamily | null {
  if (!excluded.some(isSubmission)) return null;
  const submissions = TOPIC_FAMILIES.find((f) => f.label === 'submissions');
  return submissions ? { ...submissions, topics: submissions.topics.filter((t) => !excluded.includes(t)) } : null;
}

/**
 * A named technique is ruled out when the name that says it is ruled out: a topic's name ("no
 * berimbolos": the back take's alias) or, for one the taxonomy has no name for, its words ("no
 * inside camping").
 */
function ruledOutTerm(
  query: string,
  term: string,
  named: ReadonlyMap<string, readonly (readonly string[])[]>,
  ruledOutNames: readonly string[],
): boolean {
  if (ruledOutNames.some((name) => termsIn(name).includes(term))) return true;
  const firstWords = new Set((named.get(term) ?? []).map((stems) => stems[0]!));
  return anyRuledOut(query, firstWords);
}

/**
 * A name said right after one ruled out goes with it: "not the heavy pressure smash stuff" rules out
 * the smash pass too.
 */
function withNamesRightAfter(
  query: string,
  named: ReadonlyMap<string, readonly (readonly string[])[]>,
  ruledOut: readonly string[],
): string[] {
  if (!ruledOut.length) return [...ruledOut];
  const stems = stemsOf(query);
  const spans = new Map([...named].map(([term, phrases]) => [term, phrases.map((p) => spanOf(stems, p))]));
  const ends = new Set(ruledOut.flatMap((t) => (spans.get(t) ?? []).map(([, end]) => end)));
  const next = [...named.keys()].filter(
    (t) => !ruledOut.includes(t) && spans.get(t)?.some(([start]) => ends.has(start)),
  );
  return [...ruledOut, ...next];
}

/** Where a phrase's stems first stand in a message's stems: [start, end), or [-1, -1]. */
function spanOf(stems: readonly string[], phrase: readonly string[]): [number, number] {
  for (let i = 0; i + phrase.length <= stems.length; i++)
    if (phrase.every((s, k) => stems[i + k] === s)) return [i, i + phrase.length];
  return [-1, -1];
}

/**
 * Getting out of a named technique ("how do I get out of 50/50", "escape the saddle") is defending
 * what it belongs to: its first topic and that topic's defence or escape join the topics.
 */
function withTermsDefended(topics: readonly TopicId[], defended: readonly string[]): TopicId[] {
  const out = [...topics];
  for (const term of defended) {
    const topic = techniqueTerm(term)?.topics[0];
    const intent = topic && intentTopicOf(topic as BaseTopic);
    if (!topic || !intent || out.includes(intent)) continue;
    if (!out.includes(topic)) out.push(topic);
    out.splice(out.indexOf(topic) + 1, 0, intent);
  }
  return out;
}

/** Whether defending a named technique is something to ask: its topic has a defence or an escape. */
function hasIntent(term: string): boolean {
  const topic = techniqueTerm(term)?.topics[0];
  return topic !== undefined && intentTopicOf(topic as BaseTopic) !== undefined;
}

const FROM_TOP = /\b(?:from|on) (?:the )?top\b(?! of)|\btop position/;

/** Positions named beside an asked technique are where it is asked from. */
function settingOf(topics: readonly TopicId[]): TopicId[] {
  return topics.some((t) => isTechnique(t)) ? topics.filter((t) => isPosition(t)) : [];
}

const ATTIRE_CHOICE = /\b(?:no[\s-]?gi|gi)\s+(?:or|vs|versus)\s+(?:no[\s-]?gi|gi)\b/;

function attireOf(query: string, topics: readonly TopicId[], excluded: readonly TopicId[]): Attire | null {
  // both named ("my no gi kid got signed up for a kimono tournament… closed guard in the gi"): the
  // story comes first and the ask last, so the last one named is the one wanted; offered as a
  // choice ("gi or no gi for a beginner?"), neither is
  const named = topics.filter(isAttire);
  if (named.length > 1 && ATTIRE_CHOICE.test(query.toLowerCase())) return null;
  const asked = named.at(-1);
  if (asked) return asked;
  if (excluded.includes('gi')) return 'no-gi';
  if (excluded.includes('no-gi')) return 'gi';
  return null;
}
