// Guard retention is taught against kinds of pass: passes that go around the legs, that go under
// them, and that cut through or pressure in close. A named pass asks for the retention that answers
// its kind (domain/pass-kinds.ts).
export type PassKind = 'around' | 'under' | 'close';

/** Named passes (data/technique-terms.ts ids) → the kinds of pass they are. */
export const PASS_KINDS_OF_TERM: Readonly<Record<string, readonly PassKind[]>> = {
  toreando: ['around'],
  leg_drag: ['around'],
  long_step: ['around'],
  under_pass: ['under'],
  // Over-under pins the hips and passes in close: both an under and a pressure pass.
  over_under: ['under', 'close'],
  knee_cut: ['close'],
  body_lock_pass: ['close'],
  smash_pass: ['close'],
  pressure_passing: ['close'],
  headquarters: ['close'],
};

/** Word stems of a question (title-words.ts) that name a kind of pass done to the user ("they stack me"). */
export const PASS_KIND_WORDS: Readonly<Record<string, PassKind>> = {
  stack: 'under',
};

/** How a retention video's title or description names the kinds of pass it answers. */
export const RETENTION_KIND_CUES: Readonly<Record<PassKind, RegExp>> = {
  around: /\b(?:go|going|get|getting|pass(?:es)?) around\b|\baround (?:or under )?(?:the|your) legs\b/i,
  under: /\bunder (?:the|your) legs\b|\bstack(?:ing)? pass/i,
  close: /\bthrough (?:the|your) legs\b|\bin close\b|\bclose range\b|\bknee cut\b/i,
};
