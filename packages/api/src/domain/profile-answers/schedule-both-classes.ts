// training_frequency: "…, i stay for both classes there", "3 days and i do both the gi and the nogi
// class each time": two sessions on each day of the part right before it; "mondays i do fundamentals
// then stay for advanced": one more on each of its days.

import { KINDS } from './schedule-session-named';
import { bothClasses, type PartValue } from './schedule-part-value';
import { SCHEDULE_SESSIONS } from './schedule-words';
import { countedPart } from './schedule-part-counted';
import type { Token } from './text';
import { RELATIVES } from './family-words';

/** The part stays for both classes on the days of the part before it (named or counted), else null. */
export function bothClassesOnDaysBefore(
  tokens: readonly Token[],
  value: PartValue | null,
  before: PartValue | null | undefined,
  beforeTokens: readonly Token[] = [],
): PartValue | null {
  if (value && (value.days.size > 0 || value.on.size > 0)) return null;
  const both = staysForBoth(tokens);
  // "drop my son at sat kids class then i stay for the adult one": the stay is the day's one session
  if (!both && !(staysForNext(tokens) && !beforeTokens.some((t) => NOT_OWN_CLASS.has(t.text)))) return null;
  const days = new Set([...(before?.days ?? []), ...(before?.on ?? [])]);
  if (days.size === 0) return null;
  // "tuesday i take both classes, then stay for open mat": one more than the days already had
  const had = before?.perDay && before.on.size > 0 ? before.sessions / before.on.size : 1;
  const each = both ? 2 : had + 1;
  return countedPart({ on: days, sessions: each * days.size, perDay: true });
}

/** "stay for both classes", "do both the gi and the nogi class": a verb, "both", then sessions named. */
function staysForBoth(tokens: readonly Token[]): boolean {
  // "tue and thu, both classes": a part that opens on "both" needs no verb
  if (tokens[0]?.text === 'both' && bothClasses(tokens, 0)) return true;
  return tokens.some(
    (t, i) =>
      t.text === 'both' &&
      tokens.slice(Math.max(0, i - VERB_REACH), i).some((v) => STAYING.has(v.text)) &&
      tokens.slice(i + 1, i + 1 + SESSION_REACH).some((s) => SCHEDULE_SESSIONS.has(s.text) || KINDS.has(s.text)),
  );
}
const VERB_REACH = 3;

/** "then stay for advanced", "and i stick around for the open mat": a part opening on staying for a class. */
function staysForNext(tokens: readonly Token[]): boolean {
  const at = SUBJECTS.has(tokens[0]?.text ?? '') ? 1 : 0;
  const verb = tokens[at]?.text ?? '';
  const after = tokens.slice(at + 1, at + 3).map((t) => t.text);
  const staysOn =
    STAYING_ON.has(verb) && (after[0] === 'for' || (STAY_PARTICLES.has(after[0] ?? '') && after[1] === 'for'));
  // "stay for the advanced class", not "stay for a bit after to drill"
  const named = tokens
    .slice(at + 2, at + 2 + SESSION_REACH)
    .some((t) => SCHEDULE_SESSIONS.has(t.text) || KINDS.has(t.text));
  return staysOn && named && !tokens.some((t) => t.text === 'both' || SPANS.has(t.text));
}
const NOT_OWN_CLASS: ReadonlySet<string> = new Set([
  ...['drop', 'dropping', 'drive', 'driving', 'son', 'daughter', 'kid', 'kids', 'children', 'wife', 'husband'],
  ...['coach', 'coaching', 'teach', 'teaching', 'watch', 'watching', 'help', 'helping', 'assist', 'assisting'],
  ...RELATIVES,
]);
const SPANS: ReadonlySet<string> = new Set(['bit', 'while', 'hour', 'hours', 'min', 'mins', 'minutes']);
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'usually', 'always', 'often']);
const STAYING_ON: ReadonlySet<string> = new Set(['stay', 'stays', 'staying', 'stick', 'sticking', 'hang', 'hanging']);
const STAY_PARTICLES: ReadonlySet<string> = new Set(['on', 'around', 'back', 'behind']);
const SESSION_REACH = 6;
const STAYING: ReadonlySet<string> = new Set(['stay', 'stays', 'staying', 'do', 'doing', 'take', 'hit']);
