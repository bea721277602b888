// Whose move a named technique or position is: done to the user ("I keep getting armbarred",
// "they pass my guard", "people triangling me") rather than the user's own.
import { AIMED_AT_USER, IBERIAN_OPPONENTS, PASSIVE_AUXILIARIES, USERS_OWN } from '../../data/topic-aliases';
import { MEDIA_WORDS } from '../../data/everyday-senses';
import { type Unit, endsSentence, isTopic, rawOf as wordOf } from './match';
import { type Token, splitWords } from './tokenize';
import { OWN_POSSESSIVES, isUsersOwnAct } from './users-own-act';
import { endsClause, family, previousIndex } from './unit-words';

const auxiliaries: ReadonlySet<string> = new Set(PASSIVE_AUXILIARIES);
const aimedAtUser = AIMED_AT_USER.map((p) => splitWords(p));
const usersOwn: ReadonlySet<string> = new Set(USERS_OWN);

/** "I keep getting armbarred", "getting my guard passed", "what to do when mounted". */
export function isPassive(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (!isTopic(u) || !u.hasParticiple || isTopic(units[i + 1])) return false; // "mounted triangle" is a triangle
  // "mounted by this big girl and then armbarred": joined to a passive earlier in the sentence
  if (joinedToPassive(units, i)) return true;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const before = units[j];
    // "getting stacked and passed": participles joined by "and" share the auxiliary
    if (isJoinedParticiple(units, j)) return isPassive([...units.slice(0, j - 1), u], j - 1);
    if (endsClause(before) || before?.kind !== 'word') return false;
    // "estou na montada": a place, not a passive
    if (PLACE_WORDS.has(before.raw)) return false;
    // "i get people turtled", "get them mounted", "when they're turtled": someone else is put there
    if (CAUSED.has(before.raw) || PUT_THERE.has(before.raw)) return false;
    // "when they're turtled": the opponent is the one in it
    if (auxiliaries.has(before.raw)) return !PUT_THERE.has(wordOf(units[j - 1]) ?? '');
  }
  return byAnAgent(units, i);
}
const PLACE_WORDS: ReadonlySet<string> = new Set(['na', 'no', 'da', 'do', 'em', 'de']);
const PUT_THERE: ReadonlySet<string> = new Set([
  ...['they', 'he', 'she', 'theyre', 'hes', 'shes', 'guys', 'people'],
  // "anaconda when somebody's turtled up"
  ...['somebodys', 'someones', 'opponents', 'theyve', 'guy', 'dude', 'opponent', 'partner'],
  // "what can i attack when someone is turtled"
  ...['someone', 'somebody'],
]);
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

function joinedToPassive(units: readonly Unit[], i: number): boolean {
  const joiner = wordOf(units[i - 1]) === 'then' ? i - 2 : i - 1;
  if (wordOf(units[joiner]) !== 'and') return false;
  for (let k = joiner - 1; k >= Math.max(0, joiner - JOIN_REACH) && !endsSentence(units[k]); k--)
    if (isTopic(units[k]) && isPassive(units, k)) return true;
  return false;
}
const JOIN_REACH = 6;

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
export function opponentDoesIt(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (!isTopic(u) || family(u) !== 'technique' || inAClip(units, i)) return false;
  if (secondVerbOfOpponent(units, i) || lockedBefore(units, i)) return true;
  // "when they're about to pass", "they are trying to pass": the opponent before a verb of intending
  let k = i;
  // ("loop choke when they drive in to pass": a verb with its particle before "to" intends it too)
  if (wordOf(units[i - 1]) === 'to' && PARTICLES.has(wordOf(units[i - 2]) ?? '') && units[i - 3]?.kind === 'word')
    k = i - 3;
  else if (wordOf(units[i - 1]) === 'to' && INTENDING.has(wordOf(units[i - 2]) ?? '')) {
    k = i - 2;
    if (BE.has(wordOf(units[k - 1]) ?? '')) k--;
    // "when they strip the grips and try to pass": their second verb
    if (secondVerbOfOpponent(units, k)) return true;
  }
  for (let j = k - 1; j >= Math.max(0, k - 2); j--) {
    const before = units[j];
    if (endsClause(before) || before?.kind !== 'word') return false;
    // "so she wants kimura + omoplata": someone the user asks for, wanting to learn it
    if (WANTING.has(before.raw)) return false;
    // "here ppl say arm triangle", "they call it a kata gatame": a name said, nothing done
    if (NAMING.has(before.raw)) return false;
    // "i think you guys say triangle": the people the user talks to; "i want to be the guy passing": the user
    if (SUBJECT_OPPONENTS.has(before.raw))
      return !addressed(units, j) && !isTheUserToBe(units, j) && !asksHowItIsDone(units, j, i);
  }
  return subjectVerbArticle(units, i) || opponentsMeans(units, i) || opponentGoesFor(units, i);
}

/**
 * "how do ppl get the back off reverse dlr": how people do it asks the move itself, unless it is done
 * to the user right after ("how do people always pass me").
 */
const asksHowItIsDone = (units: readonly Unit[], subject: number, i: number): boolean =>
  wordOf(units[subject - 2]) === 'how' &&
  HOW_DO.has(wordOf(units[subject - 1]) ?? '') &&
  ![units[i + 1], units[i + 2]].some((u) => TO_THE_USER.has(wordOf(u) ?? ''));
/** "saw a clip on insta of a guy hitting a triangle": someone in a clip does it to no one the user knows. */
// ("that yt clip where dude hits a brabo from bottom half")
const inAClip = (units: readonly Unit[], i: number): boolean => {
  for (let of = i - 2; of >= Math.max(0, i - CLIP_REACH); of--)
    if (
      IN_IT.has(wordOf(units[of]) ?? '') &&
      units.slice(Math.max(0, of - 4), of).some((u) => CLIPS.has(wordOf(u) ?? ''))
    )
      return true;
  return false;
};
const IN_IT: ReadonlySet<string> = new Set(['of', 'where', 'when']);
const CLIP_REACH = 6;
const CLIPS: ReadonlySet<string> = new Set(MEDIA_WORDS);
const HOW_DO: ReadonlySet<string> = new Set(['do', 'does', 'did', 'would', 'can', 'could']);
const TO_THE_USER: ReadonlySet<string> = new Set(['me', 'my', 'mine']);

const NAMING: ReadonlySet<string> = new Set(['say', 'says', 'said', 'call', 'calls', 'called', 'name', 'names']);

/** "get out of mount before the arm triangle gets locked in": what is about to be locked on the user. */
const lockedBefore = (units: readonly Unit[], i: number): boolean =>
  BEFORE.has(wordOf(units[i - 2]) ?? '') &&
  THE.has(wordOf(units[i - 1]) ?? '') &&
  GETS.has(wordOf(units[i + 1]) ?? '') &&
  LOCKED.has(wordOf(units[i + 2]) ?? '');
const BEFORE: ReadonlySet<string> = new Set(['before', 'till', 'until']);
const THE: ReadonlySet<string> = new Set(['the', 'their', 'his', 'her']);
const GETS: ReadonlySet<string> = new Set(['gets', 'get', 'is', 'getting']);
const LOCKED: ReadonlySet<string> = new Set(['locked', 'sunk', 'set', 'cinched', 'tight', 'deep', 'finished']);

/** "how do you guys finish the darce": the people the user talks to, not the opponents. */
const addressed = (units: readonly Unit[], j: number): boolean =>
  wordOf(units[j]) === 'guys' && YOU.has(wordOf(units[j - 1]) ?? '');
const YOU: ReadonlySet<string> = new Set(['you', 'u', 'ya', 'yall']);

/** "ppl just step over and pass": the opponent's second verb. */
function secondVerbOfOpponent(units: readonly Unit[], i: number): boolean {
  // "when they backstep or knee cut": "or" joins their verbs as "and" does
  if (wordOf(units[i - 1]) !== 'and' && wordOf(units[i - 1]) !== 'or') return false;
  for (let j = i - 2; j >= Math.max(0, i - SECOND_VERB_REACH); j--) {
    const before = units[j];
    // (their first verb may be a move's name: "they backstep or knee cut", or an escape's: "they shrimp out and recover guard")
    if (before?.kind === 'none' || before?.kind === 'defending') continue;
    if (endsClause(before) || before?.kind !== 'word') return false;
    // ("get into x guard against tall people and sweep them": the people are the object, not the subject)
    // ("against a guy who whizzers and sprawls": the subject of a clause of its own)
    if (SUBJECT_OPPONENTS.has(before.raw))
      return (
        RELATIVE.has(wordOf(units[j + 1]) ?? '') ||
        ![wordOf(units[j - 1]), wordOf(units[j - 2])].some((w) => GOVERNING.has(w ?? ''))
      );
  }
  return false;
}
export const SECOND_VERB_REACH = 5;
const RELATIVE: ReadonlySet<string> = new Set(['who', 'that', 'whos']);
const GOVERNING: ReadonlySet<string> = new Set(['against', 'vs', 'versus', 'with', 'on', 'for', 'to', 'from', 'at']);

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
const GOING: ReadonlySet<string> = new Set([
  ...['goes', 'going', 'go', 'went', 'gone'],
  // "when someone gets ashi on me and reaches for the toe hold"
  ...['reach', 'reaches', 'reachs', 'reaching', 'reached', 'dives', 'diving', 'dove'],
]);

const PARTICLES: ReadonlySet<string> = new Set(['in', 'up', 'forward', 'over', 'around', 'down']);
const INTENDING: ReadonlySet<string> = new Set([
  ...['about', 'going', 'trying', 'try', 'tries', 'start', 'starts', 'starting'],
  // "when they come to pass with the head low", "as he looks to pass"
  ...['come', 'comes', 'coming', 'look', 'looks', 'looking', 'attempt', 'attempts', 'attempting'],
]);
const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
const WANTING: ReadonlySet<string> = new Set(['wants', 'wanted', 'needs', 'asks', 'asked']);

/** "he grabs the kimura", "they hit that armbar": the opponent, a verb and an article before it. */
function subjectVerbArticle(units: readonly Unit[], i: number): boolean {
  // "he just grabbed the kimura": an adverb between the opponent and the verb
  const adverb = VERB_ADVERBS.has(wordOf(units[i - 3]) ?? '') && PRONOUNS.has(wordOf(units[i - 4]) ?? '') ? 1 : 0;
  const [subject, verb, article] = [units[i - 3 - adverb], units[i - 2], units[i - 1]];
  return (
    subject?.kind === 'word' &&
    SUBJECT_OPPONENTS.has(subject.raw) &&
    !addressed(units, i - 3 - adverb) &&
    verb?.kind === 'word' &&
    !endsClause(verb) &&
    !NOT_VERBS.has(verb.raw) &&
    !TEACHING.has(verb.raw) &&
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
// "he taught a raspagem", "she showed the kimura": the coach teaching it, no attack on the user
const TEACHING: ReadonlySet<string> = new Set([
  ...['taught', 'teaches', 'teach', 'showed', 'shows', 'show', 'demonstrated', 'demoed', 'explained', 'covered'],
  'drilled',
]);

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
const SERVING_ME: ReadonlySet<string> = new Set([
  ...['sirve', 'sirven', 'funciona', 'funcionan', 'gusta', 'gustan', 'ayuda', 'ayudan', 'recomiendas', 'recomiendan'],
  // Portuguese: "que raspagens me servem"
  ...['servem', 'serve', 'ajuda', 'ajudam'],
]);

/** "people triangling me", "when someone mounts me", "they pass my half guard". */
export function isAimedAtUser(units: readonly Unit[], tokens: readonly Token[], i: number): boolean {
  const u = units[i];
  // "cada vez que entro al derribo me hacen …": the user's own shot, with what is done to them next;
  // "mi kimura me la defienden": the user's own technique
  if (!isTopic(u) || isUsersOwnAct(units, i) || OWN_POSSESSIVES.has(wordOf(units[i - 1]) ?? '')) return false;
  // "does that kimura from half guard on me": what follows the place it is done from is said of it
  const from = units[i + 1];
  const place = units[i + 2];
  const past = family(u) === 'technique' && wordOf(from) === 'from' && isTopic(place) ? place.end : undefined;
  if (past !== undefined && aimedAtUser.some((words) => words.every((w, k) => tokens[past + k]?.raw === w)))
    return true;
  // (and not of the place itself)
  if (family(u) === 'position' && wordOf(units[i - 1]) === 'from' && isTopic(units[i - 2])) return false;
  // "berimbolo-ing me": a name made a verb with a split-off ending
  const end = VERB_ENDINGS.has(tokens[u.end]?.raw ?? '') ? u.end + 1 : u.end;
  // "que barridas me sirven contra gente pesada": Spanish "me" before a verb is "for me", not "on me"
  if (tokens[end]?.raw === 'me' && SERVING_ME.has(tokens[end + 1]?.raw ?? '')) return false;
  if (aimedAtUser.some((words) => words.every((w, k) => tokens[end + k]?.raw === w))) return true;
  // "retain my de la riva": keeping guard is always the user's own, whatever follows
  if (family(u) !== 'technique' || tokens[u.end]?.raw !== 'my' || u.topics.includes('guard_retention')) return false;
  const after = units[i + 2];
  return usersOwn.has(tokens[u.end + 1]?.raw ?? '') || (isTopic(after) && family(after) === 'position');
}

/** "i want to be the guy passing", "being the one who passes": the one the user wants to be. */
const isTheUserToBe = (units: readonly Unit[], j: number): boolean =>
  ['guy', 'one', 'person'].includes(wordOf(units[j]) ?? '') &&
  wordOf(units[j - 1]) === 'the' &&
  ['be', 'being'].includes(wordOf(units[j - 2]) ?? '');
