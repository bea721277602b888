// training_frequency: "uni club twice a week, the gym twice a week", "club practice tue thu, gym on
// mon wed fri, open mat sunday": a gym listed beside another place the user trains at (a club, an
// academy) is one more place of the timetable, not the weights gym of another activity. Not when the
// answer names another sport ("the gym for weights") or names BJJ for one place only ("bjj at the
// club tue thu, gym mon wed fri"), which sets the gym apart as something else.

import type { Token } from './text';
import { OTHER_ACTIVITIES } from './sport-words';

/** The tokens with each "gym" read as a training place ("academy") when it is one of the places listed. */
export function gymsAmongPlaces(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => t.text === 'gym')) return tokens;
  if (!tokens.some((t) => OTHER_PLACES.has(t.text))) return tokens;
  if (tokens.some((t) => t.text !== 'gym' && (OTHER_ACTIVITIES.has(t.text) || BJJ_NAMED.has(t.text)))) return tokens;
  // "hit the gym tue thu": a gym gone to for its own sake
  return tokens.map((t, k) =>
    t.text === 'gym' && !WORKED_OUT.has(tokens[k - 1]?.text ?? '') && !WORKED_OUT.has(tokens[k - 2]?.text ?? '')
      ? { ...t, text: PLACE }
      : t,
  );
}

// the places a BJJ session is trained at beside a gym
const OTHER_PLACES: ReadonlySet<string> = new Set(['club', 'academy', 'dojo', 'affiliate']);
const BJJ_NAMED: ReadonlySet<string> = new Set(['bjj', 'jiu', 'jitsu', 'jiujitsu', 'grappling']);
const PLACE = 'academy';
const WORKED_OUT: ReadonlySet<string> = new Set(['hit', 'hits', 'hitting', 'lift', 'lifting', 'lifts', 'weights']);
