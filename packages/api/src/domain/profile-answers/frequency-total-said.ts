// training_frequency: "two regular classes plus one open mat, so three sessions total": a total the
// user adds up themselves is the answer; the parts before it are not added to it again.

import { lastMatch } from './text';

// summing up parts said before: "so", "thats", "=" before the count ("i've done 12 classes total" is
// a count ever, not a week's)
const TOTAL =
  /(?:\bso|\bthats|\bthat's|=|\bwhich is|\bmaking it|\bmakes(?: it)?)\s+(?:like\s+|about\s+|around\s+|roughly\s+)?([\w.-]+(?:\s+(?:or|to)\s+[\w.-]+)?)\s+(?:sessions?\s+|classes\s+|times\s+|trainings?\s+|days\s+)?(?:a\s+week\s+)?(?:total|in\s+total|altogether|all\s+together|all\s+up|overall)\b/g;

/** The last count the user says is the total, as a rate to read ("three a week"), or null. */
export function totalSaid(text: string): string | null {
  const count = lastMatch(text.toLowerCase(), TOTAL)?.[1];
  return count === undefined ? null : `${count} a week`;
}
