// Takedowns come in two kinds: shooting for the legs and the upper body (clinch, throws). Ruling one
// out ("takedowns that aren't shots, my knees are done") asks for the other. Data for
// domain/technique-kinds.ts; ids are data/technique-terms.ts ids.
export type TakedownKind = 'legs' | 'upper';

export const TAKEDOWN_KINDS_OF_TERM: Readonly<Record<string, readonly TakedownKind[]>> = {
  single_leg: ['legs'],
  double_leg: ['legs'],
  ankle_pick: ['legs'],
  leg_shot: ['legs'],
  upper_body_takedown: ['upper'],
  osoto_gari: ['upper'],
  ouchi_gari: ['upper'],
};
