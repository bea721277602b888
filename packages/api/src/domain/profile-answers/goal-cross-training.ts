// training_goals: BJJ as cross training for a field sport is conditioning for it: "stay in shape for
// my football season, bjj is my cross training", "cross training for rugby", "off-season cross
// training for hockey". For a grappler it is the ground game ("judoka cross training to fix my
// ne-waza", "wrestler, bjj is cross training"): that stays skill development.

import type { Mention } from './lexicon';
import type { Token } from './text';
import { OTHER_SPORTS } from './sport-words';

/** The "cross training" at `mention`, in an answer that names a sport played with a ball or a clock. */
export const crossTrainsForSport = (tokens: readonly Token[], mention: Mention<unknown>): boolean =>
  CROSS.has(tokens[mention.start]?.text ?? '') && tokens.some((t) => FIELD_SPORTS.has(t.text));

const CROSS: ReadonlySet<string> = new Set(['cross', 'crosstraining']);
/** Wrestling, whose players cross-train for the ground, and the gym's own training: no field sport. */
const NOT_FIELD: ReadonlySet<string> = new Set(['wrestling', 'lift', 'lifting', 'weights', 'yoga', 'pt', 'ruck']);
const FIELD_SPORTS: ReadonlySet<string> = new Set([
  ...[...OTHER_SPORTS].filter((sport) => !NOT_FIELD.has(sport)),
  ...['hockey', 'baseball', 'softball', 'volleyball', 'lacrosse', 'cricket', 'netball', 'handball', 'afl'],
  ...['skiing', 'snowboarding', 'track', 'triathlon', 'marathon', 'sprinting', 'athletics', 'offseason'],
]);
