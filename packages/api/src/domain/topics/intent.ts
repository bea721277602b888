// Step 3 of topic extraction: intent. Defensive words ("escape", "stop", "getting passed", "… me")
// mark the topic they refer to, which then gets its intent id (`T_defense` / `P_escape`) beside it.
import { type TopicId, defenseTopicOf, escapeTopicOf, isPosition, isTechnique } from '../../data/canonical-topics';
import {
  AIMED_AT_USER,
  type BaseTopic,
  CLAUSE_WORDS,
  DESTINATION_WORDS,
  FILLER_WORDS,
  GUARD_POSITIONS as GUARD_POSITION_LIST,
  IBERIAN_OPPONENTS,
  LIST_WORDS,
  NO_INTENT_TOPICS,
  OPPONENT_WORDS,
  ORIGIN_WORDS,
  OFF_THE_MAT,
  PINS,
  UNDER_WORDS,
  PASSIVE_AUXILIARIES,
  USERS_OWN,
} from '../../data/topic-aliases';
import { type TopicUnit, type Unit, endsSentence, isTopic, rawOf as wordOf } from './match';
import { type Token, splitWords } from './tokenize';
import { isACounterFor } from './counter-for';
import { IBERIAN_ARTICLES, OWN_POSSESSIVES, isUsersOwnAct } from './users-own-act';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const clauseWords = set(CLAUSE_WORDS);
const listWords = set(LIST_WORDS);
const fillerWords = set(FILLER_WORDS);
const destinationWords = set(DESTINATION_WORDS);
const originWords = set(ORIGIN_WORDS);
const auxiliaries = set(PASSIVE_AUXILIARIES);
const opponentWords = set(OPPONENT_WORDS);
const noIntent: ReadonlySet<string> = new Set(NO_INTENT_TOPICS);
const aimedAtUser = AIMED_AT_USER.map((p) => splitWords(p));
const usersOwn = set(USERS_OWN);
const GUARD_POSITIONS: ReadonlySet<string> = new Set(GUARD_POSITION_LIST);

const canTakeIntent = (u: Unit | undefined): u is TopicUnit => isTopic(u) && u.topics.some((t) => !noIntent.has(t));
const endsClause = (u: Unit | undefined): boolean => u?.kind === 'break' || clauseWords.has(wordOf(u) ?? '');

/** List items share an intent only with their own kind: "escape mount and armbar" escapes mount only. */
export function family(u: TopicUnit): 'technique' | 'position' | 'mixed' {
  if (u.topics.every((t) => isTechnique(t))) return 'technique';
  if (u.topics.every((t) => isPosition(t))) return 'position';
  return 'mixed';
}

/** The unit before `i`, skipping "the", "my", … */
export function previousIndex(units: readonly Unit[], i: number): number {
  let j = i - 1;
  while (j >= 0 && fillerWords.has(wordOf(units[j]) ?? '')) j--;
  return j;
}

/** "escape side control to half guard": half guard is where you go, not what you escape. */
const isDestination = (units: readonly Unit[], i: number): boolean =>
  destinationWords.has(wordOf(units[previousIndex(units, i)]) ?? '');

/**
 * "when they defend", "stop people from escaping": the opponent is the subject of this defensive
 * word; "how do people escape it" asks how anyone does.
 */
function opponentIsSubject(units: readonly Unit[], i: number): boolean {
  let reach = 3;
  for (let j = i - 1; j >= Math.max(0, i - reach); j--) {
    const u = units[j];
    if (u?.kind !== 'word' || USER_SUBJECTS.has(u.raw)) return false;
    if (opponentWords.has(u.raw) || isTheGuy(units, j)) return !asksHowAnyoneDoes(units, j);
    // "they stack me and pull out": a second verb of the same subject
    if (u.raw === 'and' && j === i - 1) reach = COORDINATED_REACH;
  }
  return false;
}
const USER_SUBJECTS: ReadonlySet<string> = new Set(['i', 'im', 'ive', 'we']);
/** Portuguese "o cara" (the guy; "cara" alone is also a face, and Indonesian for "way"). */
const isTheGuy = (units: readonly Unit[], j: number): boolean =>
  GUY.has(wordOf(units[j]) ?? '') && GUY_ARTICLES.has(wordOf(units[j - 1]) ?? '');
const GUY: ReadonlySet<string> = new Set(['cara', 'caras']);
const GUY_ARTICLES: ReadonlySet<string> = new Set(['o', 'os', 'um', 'esse', 'aquele', 'el', 'ese']);
const COORDINATED_REACH = 5;
const asksHowAnyoneDoes = (units: readonly Unit[], j: number): boolean =>
  ['do', 'does', 'would', 'should', 'can'].includes(wordOf(units[j - 1]) ?? '') && wordOf(units[j - 2]) === 'how';

/** "stuck", "trapped", "end up in": where the user is, not what is done to them. */
const isStuckWord = (u: Unit | undefined, tokens: readonly Token[]): boolean =>
  u?.kind === 'receiving' &&
  (STUCK_WORDS.has(tokens[u.start]?.raw ?? '') || (tokens[u.start]?.raw === 'hate' && isUnderWord(tokens[u.end - 1])));
// "i hate being under there": where the user is, like "stuck"
const isUnderWord = (t: Token | undefined): boolean => t?.raw === 'under' || t?.raw === 'underneath';
const STUCK_WORDS: ReadonlySet<string> = new Set([
  'stuck',
  'trapped',
  'atrapado',
  'atrapada',
  'end',
  'ending',
  'ended',
  'wind',
  'find',
]);

/**
 * The place after a stuck word is one off the mat ("in traffic", "at the office"), or a part the
 * user's own attack stalls on ("mata leão… always get stuck on the chin"): nothing to escape.
 */
function stuckOffTheMat(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (k < at + 3 && STUCK_LINKS.has(tokens[k]?.raw ?? '')) k++;
  return OFF_THE_MAT_PLACES.has(tokens[k]?.raw ?? '') || STALLING_ON.has(tokens[k]?.raw ?? '');
}
const STALLING_ON: ReadonlySet<string> = new Set(['chin', 'jaw', 'face', 'wrist', 'grip', 'grips', 'collar', 'sleeve']);
/** "get the head n arm trapped": a limb before a word of being held that is not the user's own ("my arm trapped"). */
const opponentsLimb = (tokens: readonly Token[], at: number): boolean => {
  // "their wrist is pinned": past the verb that links the limb to what happens to it
  const k = LIMB_LINKS.has(tokens[at - 1]?.raw ?? '') ? at - 1 : at;
  return LIMBS.has(tokens[k - 1]?.raw ?? '') && tokens[k - 2]?.raw !== 'my' && tokens[k - 3]?.raw !== 'my';
};
const LIMB_LINKS: ReadonlySet<string> = new Set(['is', 'are', 'gets', 'got']);
const LIMBS: ReadonlySet<string> = new Set([
  'wrist',
  'wrists',
  'arm',
  'arms',
  'head',
  'leg',
  'legs',
  'hand',
  'hands',
  'elbow',
  'foot',
  'feet',
]);
const STUCK_LINKS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'a', 'the', 'my', 'an']);
const OFF_THE_MAT_PLACES: ReadonlySet<string> = new Set(OFF_THE_MAT);

/** "being smashed under side control", "how not to get submitted from bottom mount": the user is pinned. */
function isUnder(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (!isTopic(u)) return false;
  let j = previousIndex(units, i);
  // "getting flattened in 100 kilos", "i get flattened in turtle": crushed in a pin (or curled up
  // under one) is under it
  const crushed = IN_WORDS.has(wordOf(units[j]) ?? '') && CRUSHED.has(wordOf(units[j - 1]) ?? '');
  if (crushed && u.topics.every((t) => t === 'turtle')) return true;
  if (!u.topics.every((t) => pins.has(t))) return false;
  if (crushed || saysUserIsUnderneath(units, i)) return true;
  // "bottom of mount", "quedo debajo de la montada"
  while (IBERIAN_ARTICLES.has(wordOf(units[j]) ?? '')) j--;
  if (OF_WORDS.has(wordOf(units[j]) ?? '')) j--;
  if (underWords.has(wordOf(units[j]) ?? '')) return true;
  // "every time he got into side control", "when they get to mount": the opponent reaching the pin
  return (
    REACHED_INTO.has(wordOf(units[j]) ?? '') &&
    REACHING.has(wordOf(units[j - 1]) ?? '') &&
    SUBJECT_OPPONENTS.has(wordOf(units[j - 2]) ?? '')
  );
}
/** "knee on belly — I'm the one underneath": the user under the pin named just before, in the same sentence. */
function saysUserIsUnderneath(units: readonly Unit[], i: number): boolean {
  for (let j = i + 1; j < units.length && j <= i + 6 && !endsSentence(units[j]); j++)
    if (UNDERNEATH.has(wordOf(units[j]) ?? '') && THE_ONE.has(wordOf(units[j - 1]) ?? '')) return true;
  return false;
}
const UNDERNEATH: ReadonlySet<string> = new Set(['underneath', 'under', 'bottom']);
const WANTING: ReadonlySet<string> = new Set(['wants', 'wanted', 'needs', 'asks', 'asked']);
const THE_ONE: ReadonlySet<string> = new Set(['one', 'im']);
const REACHED_INTO: ReadonlySet<string> = new Set(['into', 'to', 'in']);
const REACHING: ReadonlySet<string> = new Set(['gets', 'got', 'get', 'goes', 'went', 'go', 'makes', 'made']);
const IN_WORDS: ReadonlySet<string> = new Set(['in', 'inside', 'em', 'en', 'na', 'no']);
const CRUSHED: ReadonlySet<string> = new Set([
  'smashed',
  'crushed',
  'flattened',
  'squashed',
  'squished',
  'pancaked',
  'stuck',
  'trapped',
  'pinned',
]);
const OF_WORDS: ReadonlySet<string> = new Set(['of', 'de', 'da', 'do', 'del']);
const pins: ReadonlySet<string> = new Set(PINS);
const underWords: ReadonlySet<string> = new Set(UNDER_WORDS);

/** "without getting stuck", "without being caught", "instead of ending up in": a worry, not a defence. */
function afterWithout(units: readonly Unit[], i: number): boolean {
  let j = i - 1;
  if (['getting', 'being', 'get'].includes(wordOf(units[j]) ?? '')) j--;
  // "get behind them instead of ending up in a scramble" is the same worry
  return wordOf(units[j]) === 'without' || (wordOf(units[j]) === 'of' && wordOf(units[j - 1]) === 'instead');
}

/**
 * "stalling in my closed guard", "my partner escapes my side control": the user's own guard or pin
 * is where they are, never something to escape ("my mount escapes" are the user's escapes, though).
 */
function isOwnGuard(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (!isTopic(u) || wordOf(units[i - 1]) !== 'my') return false;
  if (u.topics.every((t) => GUARD_POSITIONS.has(t))) return true;
  return u.topics.every((t) => pins.has(t)) && units[i + 1]?.kind !== 'defending';
}

/**
 * "bottom half guard vs big guys who lie on me", "stuck playing half guard": a guard played from the
 * bottom is the user's, whatever is done to them there; escaping a guard is passing it.
 */
function isPlayedFromBottom(units: readonly Unit[], tokens: readonly Token[], i: number): boolean {
  const u = units[i];
  if (!isTopic(u) || !u.topics.every((t) => GUARD_POSITIONS.has(t))) return false;
  const said = [tokens[u.start - 1]?.raw, tokens[u.start]?.raw, tokens[u.end]?.raw];
  return said.some((w) => BOTTOM_WORDS.has(w ?? ''));
}
const BOTTOM_WORDS: ReadonlySet<string> = new Set(['bottom', 'playing']);

/** "on top in side control and the guy keeps shrimping": a pin the user holds is not one to escape. */
function isHeldFromTop(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (!isTopic(u) || !u.topics.every((t) => pins.has(t))) return false;
  const before = wordOf(units[i - 1]);
  // ("escape top side control" names the opponent's pin, so "top" must be where the user is)
  if ((before === 'in' || before === 'at') && wordOf(units[i - 2]) === 'top') return true;
  // "side control from the TOP — how do i hold it"
  const after = wordOf(units[i + 1]);
  const top = wordOf(units[i + 2]) === 'the' ? wordOf(units[i + 3]) : wordOf(units[i + 2]);
  return (after === 'from' || after === 'on') && top === 'top';
}

const canBeTarget = (units: readonly Unit[], j: number): boolean => canTakeIntent(units[j]) && !isOwnGuard(units, j);

export const isOwnTechnique = (units: readonly Unit[], j: number): boolean => {
  const u = units[j];
  return isTopic(u) && family(u) === 'technique' && wordOf(units[j - 1]) === 'my';
};

/**
 * Which topic a defensive word at `i` is about:
 * right after a topic ("armbar escapes") → that topic; else the first topic after it in its clause
 * ("how to escape the back", "stop people triangling me"); else, looking back, a topic the user
 * already said was done to them ("got guillotined off my double leg, how do I avoid it"), or the
 * nearest topic before it ("side control — how do I get out?"); else a topic after "from"/"under"
 * ("escape to half guard from mount"). Clauses end at punctuation and at "and/then/to/from/into…",
 * so in "escape mount and then armbar" only mount is escaped and "triangle escapes from closed
 * guard" leaves the guard alone.
 */
function targetOf(
  units: readonly Unit[],
  i: number,
  defendedBefore: ReadonlySet<number>,
  stuck: boolean,
): number | undefined {
  // (never the user's own move: "cada vez que entro al derribo me hacen guillotina")
  if (canBeTarget(units, i - 1) && !isUsersOwnAct(units, i - 1)) return i - 1;
  // Ahead of "stop"/"defend", the user's own technique is the one being stopped by someone else
  // ("how do I stop people stacking my triangle"): that is no defense of it.
  // nor is what the user does next ("i get caught every time i shoot")
  for (let j = i + 1; j < units.length && (!endsClause(units[j]) || introducesWhat(units, i, j)); j++)
    if (canBeTarget(units, j) && !isOwnTechnique(units, j) && !isUsersOwnAct(units, j)) return j;
  // "how do I invert without getting stuck": a worry about the user's own move, not a defence of it.
  if (afterWithout(units, i)) return undefined;
  // Looking back, a technique is what gets defended ("armbar from mount, how do I keep my arm safe");
  // what the user said they do ("how do I pass half guard, … I'm stuck", "my knee slice keeps getting
  // stuck") is not, and one is stuck in a guard, never in passing it.
  const before = (j: number) =>
    canBeTarget(units, j) &&
    !isDestination(units, j) &&
    !isUsersOwnAct(units, j) &&
    !isOwnTechnique(units, j) &&
    !(stuck && (units[j] as TopicUnit).topics.includes('guard_passing'));
  // looking back from "stuck", a pin is where one is stuck, and a guard only when the user is passing it:
  // otherwise the guard named before is the user's own ("deep half sweeps… then just sit there stuck")
  const passing = units.some((u) => isTopic(u) && u.topics.includes('guard_passing'));
  const stuckIn = (j: number): boolean =>
    family(units[j] as TopicUnit) !== 'technique' &&
    (passing || !(units[j] as TopicUnit).topics.some((t) => GUARD_POSITIONS.has(t)));
  // "defend the arm triangle from side control, im always stuck there": "there" is the place named,
  // even one the user went to ("when i turtle and i'm stuck there")
  const wentTo = (j: number): boolean =>
    isUsersOwnAct(units, j) && canBeTarget(units, j) && family(units[j] as TopicUnit) === 'position';
  if (stuck && wordOf(units[i + 1]) === 'there')
    for (let j = i - 1; j >= 0; j--) if ((before(j) || wentTo(j)) && stuckIn(j)) return j;
  // "… I think a north south choke?? how do I defend that": a pronoun points at the name said last
  if (!stuck && POINTING_BACK.has(wordOf(units[i + 1]) ?? ''))
    for (let j = i - 1; j >= 0; j--) if (before(j) && family(units[j] as TopicUnit) === 'technique') return j;
  const alreadyDefended = Math.max(-1, ...[...defendedBefore].filter((j) => j < i));
  if (alreadyDefended >= 0) return alreadyDefended;
  // one is stuck somewhere, never in a technique: "deep half sweeps, … then just sit there stuck"
  if (!stuck) for (let j = i - 1; j >= 0; j--) if (before(j) && family(units[j] as TopicUnit) === 'technique') return j;
  for (let j = i - 1; j >= 0; j--) if (before(j) && (!stuck || stuckIn(j))) return j;
  for (let j = i + 1; j < units.length; j++) {
    if (canBeTarget(units, j) && originWords.has(wordOf(units[previousIndex(units, j)]) ?? '')) return j;
  }
  return undefined;
}

const POINTING_BACK: ReadonlySet<string> = new Set(['that', 'it', 'this']);

/** "the escapes first: side control and mount": a colon just after the defending word opens what it defends. */
const introducesWhat = (units: readonly Unit[], i: number, j: number): boolean =>
  wordOf(units[j]) === ':' && j - i <= 2 && units.slice(i + 1, j).every((u) => u.kind === 'word');

/** "get guard back from side control", "recover guard under mount": recovering guard escapes that position. */
function recoveredFrom(units: readonly Unit[], i: number): number | undefined {
  const u = units[i];
  if (!isTopic(u) || !u.topics.includes('guard_retention') || !originWords.has(wordOf(units[i + 1]) ?? ''))
    return undefined;
  let j = i + 2;
  while (fillerWords.has(wordOf(units[j]) ?? '')) j++;
  const from = units[j];
  return isTopic(from) && family(from) === 'position' ? j : undefined;
}

/** "mount and side control escapes", "guillotine, darce or anaconda defense": one intent for the list. */
function listAround(units: readonly Unit[], i: number): number[] {
  const first = units[i];
  if (!isTopic(first)) return [i];
  const members = [i];
  for (const step of [-1, 1]) {
    let j = i;
    for (;;) {
      let k = j + step;
      while (fillerWords.has(wordOf(units[k]) ?? '')) k += step;
      if (!listWords.has(wordOf(units[k]) ?? '')) break;
      k += step;
      while (fillerWords.has(wordOf(units[k]) ?? '')) k += step;
      const next = units[k];
      if (!canTakeIntent(next) || family(next) !== family(first)) break;
      members.push(k);
      j = k;
    }
  }
  return members;
}

/** "I keep getting armbarred", "getting my guard passed", "what to do when mounted". */
function isPassive(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (!isTopic(u) || !u.hasParticiple || isTopic(units[i + 1])) return false; // "mounted triangle" is a triangle
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const before = units[j];
    // "getting stacked and passed": participles joined by "and" share the auxiliary
    if (isJoinedParticiple(units, j)) return isPassive([...units.slice(0, j - 1), u], j - 1);
    if (endsClause(before) || before?.kind !== 'word') return false;
    // "i get people turtled", "get them mounted", "when they're turtled": someone else is put there
    if (CAUSED.has(before.raw) || PUT_THERE.has(before.raw)) return false;
    // "when they're turtled": the opponent is the one in it
    if (auxiliaries.has(before.raw)) return !PUT_THERE.has(wordOf(units[j - 1]) ?? '');
  }
  return byAnAgent(units, i);
}
const PUT_THERE: ReadonlySet<string> = new Set(['they', 'he', 'she', 'theyre', 'hes', 'shes', 'guys', 'people']);
const CAUSED: ReadonlySet<string> = new Set([
  'him',
  'her',
  'them',
  'people',
  'guys',
  'everyone',
  'everybody',
  'someone',
  'ppl',
]);

/** "heel hooked in every roll by the same guy": a participle's agent named later in its clause. */
function byAnAgent(units: readonly Unit[], i: number): boolean {
  // "i just swept him by the end": with a subject before it in its clause, the verb is active
  for (let j = i - 1; j >= 0 && !endsClause(units[j]); j--) if (SUBJECTS.has(wordOf(units[j]) ?? '')) return false;
  // "armbarred my partner by the end": an object right after it makes it active too
  if (OBJECTS.has(wordOf(units[i + 1]) ?? '')) return false;
  for (let j = i + 1; j <= i + AGENT_REACH && !endsClause(units[j]); j++) {
    if (wordOf(units[j]) !== 'by') continue;
    // "by the end", "by the time": when, not who
    return AGENTS.has(wordOf(units[j + 1]) ?? '') && !WHEN_NOUNS.has(wordOf(units[j + 2]) ?? '');
  }
  return false;
}
const OBJECTS: ReadonlySet<string> = new Set([
  'him',
  'her',
  'them',
  'my',
  'his',
  'their',
  'everyone',
  'people',
  'someone',
]);
const WHEN_NOUNS: ReadonlySet<string> = new Set(['end', 'time', 'way', 'start', 'middle', 'second', 'minute']);
const AGENT_REACH = 6;
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'who', 'u']);
const AGENTS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'some',
  'every',
  'everyone',
  'everybody',
  'people',
  'guys',
  'him',
  'her',
  'them',
  'my',
  'same',
]);

/** "stacked and" before a participle: units[j] is "and"/"or" after an -ed word. */
function isJoinedParticiple(units: readonly Unit[], j: number): boolean {
  const joiner = wordOf(units[j]);
  const before = units[j - 1];
  return (joiner === 'and' || joiner === 'or') && before?.kind === 'word' && /[a-z]{3}ed$/.test(before.raw);
}

/**
 * "once they stand up they pass so easily", "they get around my legs with a leg drag": the opponent
 * doing a technique, or using it as the means of what they do, does it to the user.
 */
function opponentDoesIt(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (!isTopic(u) || family(u) !== 'technique') return false;
  if (secondVerbOfOpponent(units, i)) return true;
  // "when they're about to pass", "they are trying to pass": the opponent before a verb of intending
  let k = i;
  if (wordOf(units[i - 1]) === 'to' && INTENDING.has(wordOf(units[i - 2]) ?? '')) {
    k = i - 2;
    if (BE.has(wordOf(units[k - 1]) ?? '')) k--;
  }
  for (let j = k - 1; j >= Math.max(0, k - 2); j--) {
    const before = units[j];
    if (endsClause(before) || before?.kind !== 'word') return false;
    // "so she wants kimura + omoplata": someone the user asks for, wanting to learn it
    if (WANTING.has(before.raw)) return false;
    // "i think you guys say triangle": the people the user talks to
    if (SUBJECT_OPPONENTS.has(before.raw)) return !(before.raw === 'guys' && wordOf(units[j - 1]) === 'you');
  }
  return subjectVerbArticle(units, i) || opponentsMeans(units, i) || opponentGoesFor(units, i);
}

/** "ppl just step over and pass": the opponent's second verb. */
function secondVerbOfOpponent(units: readonly Unit[], i: number): boolean {
  // "when they backstep or knee cut": "or" joins their verbs as "and" does
  if (wordOf(units[i - 1]) !== 'and' && wordOf(units[i - 1]) !== 'or') return false;
  for (let j = i - 2; j >= Math.max(0, i - SECOND_VERB_REACH); j--) {
    const before = units[j];
    // (their first verb may be a move's name: "they backstep or knee cut")
    if (before?.kind === 'none') continue;
    if (endsClause(before) || before?.kind !== 'word') return false;
    if (SUBJECT_OPPONENTS.has(before.raw)) return true;
  }
  return false;
}
const SECOND_VERB_REACH = 5;

/**
 * "he mounts me and goes for the americana", "the guy mounted on me keeps going for the americana":
 * the opponent named earlier in the sentence goes for it, so it is done to the user.
 */
function opponentGoesFor(units: readonly Unit[], i: number): boolean {
  let j = i - 1;
  if (ARTICLES.has(wordOf(units[j]) ?? '')) j--;
  if (wordOf(units[j]) !== 'for' || !GOING.has(wordOf(units[j - 1]) ?? '')) return false;
  for (let k = j - 2; k >= Math.max(0, j - 12) && !endsSentence(units[k]); k--) {
    const word = wordOf(units[k]) ?? '';
    if (word === 'i' || word === 'we') return false;
    if (SUBJECT_OPPONENTS.has(word) || GOERS.has(word)) return true;
  }
  return false;
}
const GOERS: ReadonlySet<string> = new Set(['someone', 'somebody', 'guy', 'dude', 'opponent', 'partner']);
const GOING: ReadonlySet<string> = new Set(['goes', 'going', 'go', 'went', 'gone']);

const INTENDING: ReadonlySet<string> = new Set(['about', 'going', 'trying', 'try', 'tries', 'start', 'starting']);
const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);

/** "he grabs the kimura", "they hit that armbar": the opponent, a verb and an article before it. */
function subjectVerbArticle(units: readonly Unit[], i: number): boolean {
  // "he just grabbed the kimura": an adverb between the opponent and the verb
  const adverb = VERB_ADVERBS.has(wordOf(units[i - 3]) ?? '') && PRONOUNS.has(wordOf(units[i - 4]) ?? '') ? 1 : 0;
  const [subject, verb, article] = [units[i - 3 - adverb], units[i - 2], units[i - 1]];
  return (
    subject?.kind === 'word' &&
    SUBJECT_OPPONENTS.has(subject.raw) &&
    verb?.kind === 'word' &&
    !endsClause(verb) &&
    !NOT_VERBS.has(verb.raw) &&
    ARTICLES.has(wordOf(article) ?? '')
  );
}
// only after a pronoun: "me and my partner just drilled the kimura" is no attack on the user
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they']);
const VERB_ADVERBS: ReadonlySet<string> = new Set([
  'just',
  'always',
  'then',
  'finally',
  'immediately',
  'instantly',
  'quickly',
  'suddenly',
  'still',
  'again',
  'easily',
  'basically',
  'literally',
]);
// "tap ppl with the ezekiel": the opponent is the object there
const NOT_VERBS: ReadonlySet<string> = new Set([
  'with',
  'from',
  'to',
  'in',
  'on',
  'at',
  'for',
  'of',
  'by',
  'and',
  'or',
]);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'that', 'this', 'his', 'her', 'their']);

/** "they always get around my legs with a leg drag": "with" a technique, in a clause whose subject is the opponent. */
function opponentsMeans(units: readonly Unit[], i: number): boolean {
  const w = meansWordBefore(units, i);
  if (w < 0) return false;
  for (let j = w - 1; j >= Math.max(0, w - MEANS_REACH); j--) {
    const before = units[j];
    if (endsClause(before) || before?.kind !== 'word' || before.raw === 'i') return false;
    // the subject opens its clause: "get people down with throws" has them as the object
    if (SUBJECT_OPPONENTS.has(before.raw)) return opensClause(units, j);
  }
  return false;
}
/**
 * Where "with" stands before the technique, across the words of a name the taxonomy has no id for
 * ("with that body lock pass"); -1 when it does not.
 */
function meansWordBefore(units: readonly Unit[], i: number): number {
  for (let j = previousIndex(units, i), k = 0; j >= 0 && k <= MEANS_NAME_WORDS; j--, k++) {
    const word = wordOf(units[j]);
    if (word === 'with') return j;
    if (units[j]?.kind !== 'word' || endsClause(units[j])) return -1;
  }
  return -1;
}
const MEANS_NAME_WORDS = 3;
const opensClause = (units: readonly Unit[], j: number): boolean =>
  j === 0 || endsClause(units[j - 1]) || CLAUSE_OPENERS.has(wordOf(units[j - 1]) ?? '');
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'if', 'once', 'whenever', 'the', 'some', 'most', 'all']);
const MEANS_REACH = 8;
export const SUBJECT_OPPONENTS: ReadonlySet<string> = new Set([
  'they',
  'he',
  'she',
  'theyre',
  'hes',
  'shes',
  // French: "quand le gars passe"
  'gars',
  // Portuguese and Spanish: "a galera sempre repõe a guarda", "ellos me pasan"
  ...IBERIAN_OPPONENTS,
  'people',
  'ppl',
  'guys',
  'everyone',
  'everybody',
  'opponents',
  'partners',
  'guy',
  'dude',
  'opponent',
  'partner',
]);

const VERB_ENDINGS: ReadonlySet<string> = new Set(['ing', 'ed', 'd']);

/** "people triangling me", "when someone mounts me", "they pass my half guard". */
function isAimedAtUser(units: readonly Unit[], tokens: readonly Token[], i: number): boolean {
  const u = units[i];
  // "cada vez que entro al derribo me hacen …": the user's own shot, with what is done to them next;
  // "mi kimura me la defienden": the user's own technique
  if (!isTopic(u) || isUsersOwnAct(units, i) || OWN_POSSESSIVES.has(wordOf(units[i - 1]) ?? '')) return false;
  // "berimbolo-ing me": a name made a verb with a split-off ending
  const end = VERB_ENDINGS.has(tokens[u.end]?.raw ?? '') ? u.end + 1 : u.end;
  if (aimedAtUser.some((words) => words.every((w, k) => tokens[end + k]?.raw === w))) return true;
  // "retain my de la riva": keeping guard is always the user's own, whatever follows
  if (family(u) !== 'technique' || tokens[u.end]?.raw !== 'my' || u.topics.includes('guard_retention')) return false;
  const after = units[i + 2];
  return usersOwn.has(tokens[u.end + 1]?.raw ?? '') || (isTopic(after) && family(after) === 'position');
}

const PASSIVE_BEFORE_DEFENCE: ReadonlySet<string> = new Set([
  'get',
  'gets',
  'got',
  'getting',
  'gotten',
  'is',
  'was',
  'are',
  'were',
  'been',
  'being',
]);
const ADVERBS: ReadonlySet<string> = new Set([
  'always',
  'just',
  'usually',
  'constantly',
  'keeps',
  'keep',
  'still',
  'often',
]);
const PASSIVE_DEFENCE_FORMS: ReadonlySet<string> = new Set(['shut', 'beaten', 'stuffed', 'thrown']);

/**
 * "my darce gets defended", "my omoplata always gets rolled out of": a defensive word in the passive
 * is the opponent's defending of the user's own attack.
 */
function isDefendedAgainstUser(units: readonly Unit[], tokens: readonly Token[], i: number): boolean {
  const u = units[i];
  if (!u) return false;
  const first = tokens[u.start]?.raw ?? '';
  if (!first.endsWith('ed') && !PASSIVE_DEFENCE_FORMS.has(first)) return false;
  let j = i - 1;
  while (ADVERBS.has(wordOf(units[j]) ?? '')) j--;
  return PASSIVE_BEFORE_DEFENCE.has(wordOf(units[j]) ?? '');
}

/**
 * "how do I stop them pulling the elbow out": the opponent, right after the defensive word, is the
 * one stopped. "them" ending the sentence ("heel hooks scare me, how do I defend them") or followed
 * by how or when ("… defend them early") is the techniques named before.
 */
function stopsTheOpponent(units: readonly Unit[], i: number): boolean {
  const next = wordOf(units[i + 1]) ?? '';
  const after = units[i + 2];
  if (next === 'them' && (after === undefined || after.kind === 'break' || THEM_THEN.has(wordOf(after) ?? '')))
    return false;
  // "a mount escape they can drill": a pronoun that can only be a subject starts a clause of its own
  if (NOMINATIVE_PRONOUNS.has(next)) return false;
  return SUBJECT_OPPONENTS.has(next) || OPPONENT_OBJECTS.has(next);
}
const NOMINATIVE_PRONOUNS: ReadonlySet<string> = new Set(['they', 'he', 'she']);
// "how do i defend them early": how or when, after the techniques named before
const THEM_THEN: ReadonlySet<string> = new Set([
  'early',
  'earlier',
  'fast',
  'faster',
  'quickly',
  'properly',
  'better',
  'safely',
  'now',
  'pls',
  'please',
  'lol',
]);
const OPPONENT_OBJECTS: ReadonlySet<string> = new Set(['them', 'him', 'her', 'guys', 'someone', 'somebody']);

/**
 * "stop them getting the hooks in", "stop him taking my back": after the opponent, a verb in -ing and
 * a topic; "stop them pulling the elbow out" names none, and "stop them escaping" is a defending word.
 */
function opponentsAttackAfter(units: readonly Unit[], tokens: readonly Token[], i: number): number | undefined {
  const namesAnIngVerb = (u: Unit | undefined): boolean =>
    isTopic(u) && u.end - u.start === 1 && (tokens[u.start]?.raw ?? '').endsWith('ing');
  // "stop them passing": the verb is the name
  if (namesAnIngVerb(units[i + 2]) && canBeTarget(units, i + 2)) return i + 2;
  const verb = wordOf(units[i + 2]);
  if (!verb?.endsWith('ing')) return undefined;
  let j = i + 3;
  while (fillerWords.has(wordOf(units[j]) ?? '')) j++;
  // "stop people stacking my triangle": the user's own technique is theirs to keep, not to defend
  if (canBeTarget(units, j) && !isOwnTechnique(units, j)) return j;
  // "stop them stepping over my hook and passing": their second verb, joined by "and"
  for (let k = i + 3; k < i + 3 + SECOND_VERB_REACH && units[k]?.kind !== 'break'; k++)
    if (wordOf(units[k]) === 'and' && namesAnIngVerb(units[k + 1]) && canBeTarget(units, k + 1)) return k + 1;
  return undefined;
}

/**
 * Indexes of the topic units the user wants to defend against or escape from; `received` are those
 * that were done to the user ("got stuck under mount", "kept getting swept"), as opposed to the
 * user's own defending ("got out of side control", "escapes").
 */
export function defendedUnits(
  units: readonly Unit[],
  tokens: readonly Token[],
  ruledOut: ReadonlySet<number> = new Set(),
): { defended: Set<number>; received: Set<number> } {
  const defended = new Set<number>();
  const received = new Set<number>();
  units.forEach((u, i) => {
    // "my takedowns get sprawled on", "the guy sprawls on my head": the user attacked and was countered
    if (isTopic(u) && u.counter && (isPassive(units, i) || opponentDoesIt(units, i) || isAimedAtUser(units, tokens, i)))
      return;
    if (isTopic(u) && (isPassive(units, i) || isAimedAtUser(units, tokens, i) || opponentDoesIt(units, i)))
      received.add(i);
    if (isTopic(u) && (u.defending || received.has(i) || isUnder(units, i))) defended.add(i);
    const recovered = recoveredFrom(units, i);
    if (recovered !== undefined) defended.add(recovered);
    if (u.kind === 'defending' && stopsTheOpponent(units, i)) {
      // "how do I stop them getting the hooks in": what they do next is done to the user
      const attack = opponentsAttackAfter(units, tokens, i);
      if (attack !== undefined) {
        defended.add(attack);
        received.add(attack);
      }
      return;
    }
    if (u.kind === 'defending' && isDefendedAgainstUser(units, tokens, i)) return;
    if (ruledOut.has(i)) return;
    const ownAct = u.kind === 'defending' && !opponentIsSubject(units, i);
    // "im stuck holding the wrist forever": stuck doing something, not stuck under something
    if (isStuckWord(u, tokens) && (tokens[u.end]?.raw ?? '').endsWith('ing')) return;
    // "stuck in traffic thinking about x guard": stuck somewhere off the mat
    if (isStuckWord(u, tokens) && stuckOffTheMat(tokens, u.end)) return;
    // "with the elbow pinned to the mat": a limb that is not the user's is the opponent's, held by the user
    if (u.kind === 'receiving' && opponentsLimb(tokens, u.start)) return;
    // "they keep letting the head slip out": a limb that is not the user's escaping is the opponent's escape
    if (u.kind === 'defending' && opponentsLimb(tokens, u.start)) return;
    if (isACounterFor(units, tokens, i)) return;
    const told = pinsTheEscapesMean(units, tokens, i);
    if (told.length > 0) {
      for (const j of told) defended.add(j);
      return;
    }
    if (ownAct || u.kind === 'receiving') {
      const target = targetOf(units, i, defended, isStuckWord(u, tokens));
      if (target === undefined) return;
      for (const j of listAround(units, target)) {
        defended.add(j);
        if (u.kind === 'receiving') received.add(j);
      }
    }
  });
  for (const i of followUps(units)) if (asksSameAsBefore(units, i, defended)) defended.add(i);
  for (const i of defended)
    if (isPlayedFromBottom(units, tokens, i) || isHeldFromTop(units, i)) {
      defended.delete(i);
      received.delete(i);
    }
  return { defended, received };
}

/**
 * "i land in side control, then they go knee on belly … takedown defense or the escapes?": escapes
 * named as a kind, with nothing after them, are those of the pins the message told of.
 */
function pinsTheEscapesMean(units: readonly Unit[], tokens: readonly Token[], i: number): number[] {
  const u = units[i];
  if (u?.kind !== 'defending' || u.end - u.start !== 1 || wordOf(units[i - 1]) !== 'the') return [];
  if (!ESCAPE_NOUNS.has(tokens[u.start]?.raw ?? '')) return [];
  for (let j = i + 1; j < units.length && !endsSentence(units[j]); j++) if (isTopic(units[j])) return [];
  return units.flatMap((v, j) =>
    j < i && isTopic(v) && v.topics.every((t) => pins.has(t)) && !isOwnGuard(units, j) ? [j] : [],
  );
}
const ESCAPE_NOUNS: ReadonlySet<string> = new Set(['escapes', 'escape', 'escaping']);

/** "… also what about side control", "same for the kimura": a name asked as a follow-up to the question before it. */
function followUps(units: readonly Unit[]): number[] {
  const word = (k: number): string => wordOf(units[k]) ?? '';
  return units.flatMap((u, i) => {
    if (!isTopic(u)) return [];
    const at = word(i - 1) === 'the' ? i - 2 : i - 1;
    const about = word(at) === 'about' && FOLLOW_UP_ASKS.has(word(at - 1));
    const same = (word(at) === 'for' || word(at) === 'with') && (word(at - 1) === 'same' || word(at - 2) === 'same');
    // "what about mount, whats the best sub from there" asks something else of it
    const endsThere = units.slice(i + 1).every((v, k) => v.kind === 'break' || FOLLOW_UP_TAILS.has(word(i + 1 + k)));
    return (about || same) && endsThere ? [i] : [];
  });
}
const FOLLOW_UP_ASKS: ReadonlySet<string> = new Set(['what', 'how', 'whats', 'hbu', 'wbu']);
const FOLLOW_UP_TAILS: ReadonlySet<string> = new Set(['too', 'then', 'tho', 'though', 'pls', 'please', 'lol']);

/** The closest name before `i` is of the same kind (position or technique) and was asked defended. */
function asksSameAsBefore(units: readonly Unit[], i: number, defended: ReadonlySet<number>): boolean {
  const kindOf = (u: TopicUnit): boolean => isPosition(u.topics[0] ?? '');
  const target = units[i] as TopicUnit;
  for (let k = i - 1; k >= 0; k--) {
    const u = units[k];
    if (isTopic(u)) return defended.has(k) && kindOf(u) === kindOf(target);
  }
  return false;
}

/** The intent id of a topic: defending technique T → `T_defense`, escaping position P → `P_escape`. */
export function intentTopicOf(topic: BaseTopic): TopicId | undefined {
  if (noIntent.has(topic)) return undefined;
  if (isTechnique(topic)) return defenseTopicOf(topic);
  if (isPosition(topic)) return escapeTopicOf(topic);
  return undefined;
}
