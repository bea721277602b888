// training_frequency: "they run a double session on thursday", "coach runs an open mat sundays": "run"
// said of who holds the class is the gym putting it on, not the user running as another activity,
// so the part it is in still counts its sessions (OTHER_SPORTS reads "run" alone as running).

import type { Token } from './text';

/** The "run" at `i` is a class held by the gym or its coaches ("they run", "the academy runs"). */
export const runByTheGym = (tokens: readonly Token[], i: number): boolean =>
  RUN.has(tokens[i]?.text ?? '') && HOLDERS.has(tokens[i - 1]?.text ?? '');

const RUN: ReadonlySet<string> = new Set(['run', 'runs', 'ran']);
// who puts a class on; "we run" and "i run" may be the user running, so they are left out
const HOLDERS: ReadonlySet<string> = new Set([
  ...['they', 'coach', 'coaches', 'instructor', 'instructors', 'prof', 'professor', 'sensei', 'he', 'she'],
  ...['gym', 'academy', 'club', 'dojo', 'school'],
]);
