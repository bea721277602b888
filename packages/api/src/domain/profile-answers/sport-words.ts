// Sports and activities trained beside BJJ, for every field. Data only.

import { WORLD_OTHER_ACTIVITIES, WORLD_OTHER_SPORTS } from './world-words';

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
  ...['pilates', 'spinning', 'tennis', 'football', 'soccer', 'basketball', 'rugby', 'hiking', 'rowing', 'hiit'],
  ...['jog', 'jogging', 'padel', 'squash', 'golf', 'surfing', 'barre'],
  // Spanish and Portuguese: "jueves solo pesas", "salgo a correr", "musculação", "natação"
  ...['pesas', 'correr', 'corro', 'corriendo', 'corrida', 'musculacao', 'natacion', 'natacao', 'nadar', 'ciclismo'],
  ...['futbol', 'futebol'],
  ...WORLD_OTHER_SPORTS,
]);

/** A part about another activity or a rest day is not training: "and lift tue thu", "sundays off". */
export const OTHER_ACTIVITIES: ReadonlySet<string> = new Set([
  ...OTHER_SPORTS,
  ...['gym', 'cardio', 'boxing', 'box', 'thai', 'karate', 'work', 'job', 'bike'],
  // classes of another kind in the same timetable: "tue thu spin class", "striking sparring on sundays",
  // "weight training mo ni kai", "funcional los martes"
  ...['spin', 'striking', 'kickboxing', 'weight', 'strength', 'conditioning', 'funcional', 'boxeo'],
  // a day given to something else: "wednesday is date night", "sundays are church"
  ...['date', 'church'],
  ...WORLD_OTHER_ACTIVITIES,
]);
