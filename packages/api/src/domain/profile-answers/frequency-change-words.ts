// A rate told as a change: "went from 2 to 5", "bumped it up to 4". Data only.

/** Before "from": the count after it was the habit, the one after "to" is now ("went from 2 to 5"). */
export const CHANGED: ReadonlySet<string> = new Set([
  'went',
  'gone',
  'moved',
  'bumped',
  'increased',
  'upped',
  'jumped',
  'dropped',
  'cut',
  'raised',
  'kicked',
  'ramped',
  'stepped',
  'reduced',
  'doubled',
  'changed',
  'switched',
]);
/** Between a change verb and "from": "bumped it up from 2 to 4", "cut things back from 5 to 3". */
export const CHANGE_PARTICLES: ReadonlySet<string> = new Set(['it', 'up', 'down', 'back', 'things', 'that', 'mine']);
