// main_position: a side said to hurt a body part named before it is avoided: "two knee surgeries and
// guard kills them", "my back is shot, bottom wrecks it", "bad shoulders, top destroys them". The
// pronoun stands for the body part ("guard kills my knees" is read by the negation cues already); with
// no body part named, "my guard kills them" is the user's guard beating people and is left alone.

import { compileLexicon, findMentions, type Mention } from './lexicon';
import { negatedSpans, type Span } from './context';
import type { PhraseTable } from './lexicon';
import type { NegationCue } from './negation-words';
import type { Token } from './text';

const HARM =
  'kills|kill|wrecks|wreck|destroys|destroy|ruins|ruin|murders|murder|hurts|hurt|wrecked|killed|destroyed|ruined';
const HARM_CUES: PhraseTable<NegationCue> = [
  [`${HARM} them|it|em|those`, 'both'],
  [`${HARM} them|it|em|those up|out`, 'both'],
  ['messes|mess|fucks|fuck|screws|screw them|it|em up', 'both'],
];
const harmLexicon = compileLexicon(HARM_CUES);

export const BODY: ReadonlySet<string> = new Set([
  ...['knee', 'knees', 'back', 'neck', 'shoulder', 'shoulders', 'hip', 'hips', 'ribs', 'rib', 'spine'],
  ...['elbow', 'elbows', 'ankle', 'ankles', 'joints', 'acl', 'mcl', 'meniscus', 'disc', 'discs', 'wrist', 'wrists'],
]);

/** Indexes of `mentions` a harm cue reaches, when a body part is named before the cue. */
export function harmedSides(tokens: readonly Token[], mentions: readonly Mention<unknown>[]): Set<number> {
  const cues = findMentions(harmLexicon, tokens);
  const first = cues[0];
  if (!first || !tokens.slice(0, first.start).some((t) => BODY.has(t.text))) return new Set();
  return negatedSpans(tokens, mentions as readonly Span[], harmLexicon);
}
