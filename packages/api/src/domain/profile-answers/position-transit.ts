// main_position: the bottom as a place only passed through is playing top: "bottom is just a transit
// stop", "guard is only a means to get on top", "i play bottom only to sweep", "I pull guard but I
// don't stay there", "I butterfly sweep into top and smash". The guard named there is the way up, not
// the side played: its votes lose their weight and the answer votes top. Cues: position-transit-words.ts.

import { compileLexicon, findMentions, type Mention } from './lexicon';
import { ONLY, TRANSIT_CUES, type TransitCue } from './position-transit-words';
import type { Token } from './text';
import type { MainPosition } from './types';

export interface SideVote {
  readonly side: MainPosition;
  readonly at: number;
  readonly weight: number;
}

// the sweeps apart, so "to sweep" read as a purpose leaves "sweep into mount" whole
const transitLexicon = compileLexicon(TRANSIT_CUES.filter(([, cue]) => cue !== 'into'));
const sweepLexicon = compileLexicon(TRANSIT_CUES.filter(([, cue]) => cue === 'into'));

export function passedThrough(tokens: readonly Token[], votes: readonly SideVote[]): SideVote[] {
  let out = [...votes];
  const cues = [...findMentions(sweepLexicon, tokens), ...findMentions(transitLexicon, tokens)];
  for (const cue of cues.sort((a, b) => a.start - b.start)) {
    if (!passesGuard(tokens, out, cue)) continue;
    // a sweep into top is the way up for the guard of its own clause; a stop or a purpose for all of it
    const clause = tokens[cue.start]?.clause;
    const passed = (v: SideVote): boolean =>
      v.side === 'guard' && (cue.value !== 'into' || tokens[v.at]?.clause === clause);
    out = out.map((v) => (passed(v) ? { ...v, weight: 0 } : v));
    // the sweep is a top vote already; a stop or a purpose says where they go
    if (cue.value !== 'into') out.push({ side: 'top', at: cue.start, weight: PLAIN });
  }
  return out.sort((a, b) => a.at - b.at);
}
const PLAIN = 1;

function passesGuard(tokens: readonly Token[], votes: readonly SideVote[], cue: Mention<TransitCue>): boolean {
  if (cue.value === 'into') return true;
  if (cue.value === 'stop') {
    // the side said last before it, in its sentence: "bottom is just a transit stop"
    const before = votes.filter((v) => v.at < cue.start && !tokens.slice(v.at, cue.start).some(endsSentence));
    return before.at(-1)?.side === 'guard';
  }
  // "…just to get on top", "only to sweep"; "I only play guard to sweep": "only" anywhere before in the clause
  const clause = tokens[cue.start]?.clause;
  const guardBefore = votes.some((v) => v.side === 'guard' && v.at < cue.start && tokens[v.at]?.clause === clause);
  const onlyUse =
    ONLY_WORDS.has(tokens[cue.start - 1]?.text ?? '') ||
    tokens.some((t, k) => k < cue.start && t.clause === clause && t.text === 'only');
  return guardBefore && onlyUse;
}
const ONLY_WORDS: ReadonlySet<string> = new Set(ONLY.split('|'));
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ';']);
const endsSentence = (t: Token): boolean => SENTENCE_ENDS.has(t.text);
