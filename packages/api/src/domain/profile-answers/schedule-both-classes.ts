// training_frequency: "…, i stay for both classes there", "3 days and i do both the gi and the nogi
// class each time": two sessions on each day of the part right before it.

import { KINDS } from './schedule-session-named';
import { bothClasses, type PartValue } from './schedule-part-value';
import { SCHEDULE_SESSIONS } from './schedule-words';
import type { Token } from './text';

/** The part stays for both classes on the days of the part before it (named or counted), else null. */
export function bothClassesOnDaysBefore(
  tokens: readonly Token[],
  value: PartValue | null,
  before: PartValue | null | undefined,
): PartValue | null {
  if ((value && (value.days.size > 0 || value.on.size > 0)) || !staysForBoth(tokens)) return null;
  const days = new Set([...(before?.days ?? []), ...(before?.on ?? [])]);
  if (days.size === 0) return null;
  return {
    days: new Set(),
    on: days,
    sessions: 2 * days.size,
    perDay: true,
    described: true,
    statesRate: false,
    onlyDays: false,
    namesKind: false,
    perNamedDay: 0,
  };
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
const SESSION_REACH = 6;
const STAYING: ReadonlySet<string> = new Set(['stay', 'stays', 'staying', 'do', 'doing', 'take', 'hit']);
