// "triangles just arent happening with my stumpy legs so forget those, what else from closed guard":
// a rule-out said of a pronoun points back at the last name before it in the sentence.
import { EXCLUDE_POINTING_BACK } from '../../data/exclusion-words';
import { listEnds } from './exclusion';
import { endsSentence, isTopic, rawOf, type Unit } from './match';
import type { Token } from './tokenize';
import { INSTRUCTOR_WORDS } from './instructor-words';

const CUES = EXCLUDE_POINTING_BACK.map((phrase) => phrase.split(' '));
const RECEIVING_END: ReadonlySet<string> = new Set(['receiving']);
const NEW_ASK: ReadonlySet<string> = new Set(['just', 'only', 'instead', 'i']);

/**
 * The topic units a pronoun after a rule-out cue stands for. When a name before it is ruled out
 * already ("anything but kimuras from side control, im sick of them"), the pronoun is that one again.
 */
export function ruledOutByPointingBack(
  units: readonly Unit[],
  tokens: readonly Token[],
  cued: ReadonlySet<number>,
): Set<number> {
  const out = new Set<number>();
  tokens.forEach((_, at) => {
    const cue = CUES.find((words) => words.every((w, k) => tokens[at + k]?.raw === w));
    if (!cue) return;
    // "skip those armbars", "none of that upside down berimbolo stuff": a name after it in its clause
    // makes the pronoun a determiner, and the forward cue reads it
    // ("scratch that just the knee bar": a new ask after it is no determiner's name)
    // ("none of that sport stuff": a thing of its own named, no name before it)
    for (let k = units.findIndex((u) => u.start >= at + cue.length); k >= 0 && k < units.length; k++) {
      if (units[k]!.kind === 'break' || NEW_ASK.has(rawOf(units[k]) ?? '')) break;
      if (isTopic(units[k]) || listEnds.has(rawOf(units[k]) ?? '')) return;
    }
    const before = units.findLastIndex((u) => u.end <= at);
    let start = before;
    while (start > 0 && !endsSentence(units[start - 1])) start--;
    if ([...cued].some((i) => i >= start && i <= before)) return;
    const named = units.slice(start, before + 1).findLastIndex(isTopic);
    // "hit the omoplata himself, not escape it — he's always on the receiving end and sick of it":
    // after a defence or the receiving end, the pronoun is that, not the name
    const between = units.slice(start + named + 1, before + 1);
    if (between.some((u) => u.kind === 'defending' || u.kind === 'receiving' || RECEIVING_END.has(rawOf(u) ?? '')))
      return;
    // "a passing course but not gordon or danaher, ive seen enough of those two": the people named since
    if (between.some((u) => INSTRUCTOR_WORDS.has(rawOf(u) ?? ''))) return;
    if (named >= 0) out.add(start + named);
  });
  return out;
}
