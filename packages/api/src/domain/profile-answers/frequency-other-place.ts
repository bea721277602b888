// training_frequency: a count told by the place it is trained at, then more at another place:
// "3 at my home academy and i drop in at a buddy's gym on saturdays" → 4, "four at my club, plus i
// visit the affiliate near work on fridays" → 5. Each place's sessions are their own, so they add up
// even when the first count is a bare number ("3 at …" reads as 3 only through its place).

import type { Token } from './text';
import { ADDS_UP } from './frequency-words';
import { NOT_TRAINING } from './frequency-also-days';
import { OTHER_ARTS } from './others';
import { OTHER_SPORTS } from './sport-words';
import { PLACES_TRAINED_AT } from './schedule-words';
import type { Rate } from './frequency-readings';

/** `a` said at one place ("3 at my gym"), joined by "and"/"," to `b` at another place named between them. */
export function atOneThenAnotherPlace(tokens: readonly Token[], a: Rate, b: Rate): boolean {
  const between = tokens.slice(a.end, b.start).map((t) => t.text);
  if (between.length > MAX_WORDS || !AT.has(between[0] ?? '')) return false;
  const join = between.findIndex((w) => ADDS_UP.has(w) || w === ',');
  if (join < 2 || !placeWithin(between, 1, join)) return false;
  // the second place: "drop in at a buddy's gym", "visit the affiliate", "at the other club"
  return (
    placeWithin(between, join + 1, between.length) &&
    !between.some((w) => OTHER_SPORTS.has(w) || OTHER_ARTS.has(w) || NOT_TRAINING.has(w))
  );
}

const placeWithin = (words: readonly string[], from: number, to: number): boolean =>
  words.slice(from, to).some((w) => PLACES.has(w));

// "at my home gym and i drop in at a buddy's gym on": two places and the verb between them
const MAX_WORDS = 16;
const AT: ReadonlySet<string> = new Set(['at', 'in', '@']);
// the places a BJJ session is trained at; "home" alone is a place too ("3 at the gym and 1 at home")
const PLACES: ReadonlySet<string> = new Set([...PLACES_TRAINED_AT, 'dojos']);
