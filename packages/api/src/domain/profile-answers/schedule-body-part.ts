// training_frequency: "…, plus open mat on saturday. the knees file a complaint every sunday", "mon wed
// fri, my back hates me on saturdays": a part of a timetable whose subject is the user's body says how
// it feels on a day, not that a session is trained then, so its days add nothing.

import type { Token } from './text';
import { SCHEDULE_SESSIONS } from './schedule-words';
import { BODY } from './position-harm';

/** The part opens on a body part as its subject ("the knees…", "and my back…") and names no session. */
export function saidOfTheBody(part: readonly Token[]): boolean {
  let k = 0;
  while (LEADS.has(part[k]?.text ?? '')) k++;
  if (!BODY.has(part[k]?.text ?? '') && !OWN_BODY.has(part[k]?.text ?? '')) return false;
  // "then back at it saturday": back again, no body
  if (part[k]?.text === 'back' && AGAIN.has(part[k + 1]?.text ?? '')) return false;
  return !part.some((t) => t.kind === 'number' || SCHEDULE_SESSIONS.has(t.text));
}

const AGAIN: ReadonlySet<string> = new Set(['at', 'again', 'on', 'to', 'in', 'for']);
const LEADS: ReadonlySet<string> = new Set(['and', 'but', 'then', 'so', 'the', 'my', 'both', 'poor', 'old']);
// the body as a whole, beside the parts position-harm.ts names
const OWN_BODY: ReadonlySet<string> = new Set(['body', 'legs', 'muscles', 'joints', 'hamstrings', 'fingers']);
