// Sports and activities trained beside BJJ, for every field. Data only.

/** Other sports a user may train beside BJJ: what is said of them is not said of BJJ ("I lift for fitness"). */
export const OTHER_SPORTS: ReadonlySet<string> = new Set([
  'wrestling',
  'lift',
  'lifting',
  'weights',
  'yoga',
  'run',
  'running',
  'swim',
  'swimming',
  'crossfit',
  'cycling',
  'climbing',
  // military physical training: "PT every morning with the unit", "ruck on fridays"
  'pt',
  'ruck',
  'rucking',
]);

/** A part about another activity or a rest day is not training: "and lift tue thu", "sundays off". */
export const OTHER_ACTIVITIES: ReadonlySet<string> = new Set([
  ...OTHER_SPORTS,
  ...['gym', 'cardio', 'boxing', 'box', 'thai', 'karate', 'work', 'job', 'bike'],
]);
