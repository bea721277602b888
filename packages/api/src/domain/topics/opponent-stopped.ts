// The opponent's side of a defensive word: a defence done to the user's own attack ("my darce gets
// defended"), and the opponent stopped ("stop them taking my back") with what they attack.
import { type Unit, isTopic, rawOf as wordOf } from './match';
import { type Token } from './tokenize';
import { fillerWords } from './unit-words';
import { SECOND_VERB_REACH, SUBJECT_OPPONENTS } from './done-to-user';
import { canBeTarget, isOwnTechnique } from './intent-targets';
import { GET_FORMS } from '../get-forms';

const PASSIVE_BEFORE_DEFENCE: ReadonlySet<string> = new Set([
  ...GET_FORMS,
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
export function isDefendedAgainstUser(units: readonly Unit[], tokens: readonly Token[], i: number): boolean {
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
export function stopsTheOpponent(units: readonly Unit[], i: number): boolean {
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
const RELATIVES: ReadonlySet<string> = new Set(['who', 'that']);
const OPPONENT_OBJECTS: ReadonlySet<string> = new Set(['them', 'him', 'her', 'guys', 'someone', 'somebody']);

/**
 * The topic their verb acts on, past filler words from `k`; "stop people stacking my triangle": the
 * user's own technique is theirs to keep, not to defend.
 */
function theirTargetFrom(units: readonly Unit[], k: number): number | undefined {
  while (fillerWords.has(wordOf(units[k]) ?? '')) k++;
  return canBeTarget(units, k) && !isOwnTechnique(units, k) ? k : undefined;
}

/**
 * "stop them getting the hooks in", "stop him taking my back": after the opponent, a verb in -ing and
 * a topic; "stop them pulling the elbow out" names none, and "stop them escaping" is a defending word.
 */
export function opponentsAttackAfter(units: readonly Unit[], tokens: readonly Token[], i: number): number | undefined {
  const namesAnIngVerb = (u: Unit | undefined): boolean =>
    isTopic(u) && u.end - u.start === 1 && (tokens[u.start]?.raw ?? '').endsWith('ing');
  // "stop them from recovering guard" is "stop them recovering guard"
  const at = wordOf(units[i + 2]) === 'from' ? i + 3 : i + 2;
  // "stop them passing": the verb is the name
  if (namesAnIngVerb(units[at]) && canBeTarget(units, at)) return at;
  // ("stop them from recovering guard": their retention, which the user passes)
  const after = units[at];
  if (isTopic(after) && (tokens[after.start]?.raw ?? '').endsWith('ing')) {
    const retention = after.topics.length === 1 && after.topics[0] === 'guard_retention';
    if (retention || (at !== i + 2 && canBeTarget(units, at))) return at;
  }
  // "stop guys who spam heelies": what the ones stopped do
  if (RELATIVES.has(wordOf(units[at]) ?? '') && units[at + 1]?.kind === 'word') {
    const target = theirTargetFrom(units, at + 2);
    if (target !== undefined) return target;
  }
  const verb = wordOf(units[at]);
  if (!verb?.endsWith('ing')) return undefined;
  const target = theirTargetFrom(units, at + 1);
  if (target !== undefined) return target;
  // "stop them stepping over my hook and passing": their second verb, joined by "and"
  for (let k = at + 1; k < at + 1 + SECOND_VERB_REACH && units[k]?.kind !== 'break'; k++)
    if (wordOf(units[k]) === 'and' && namesAnIngVerb(units[k + 1]) && canBeTarget(units, k + 1)) return k + 1;
  return undefined;
}
