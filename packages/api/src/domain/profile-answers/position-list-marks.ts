// main_position: a mark of emphasis reaches the whole list it stands before: "I like to play guard
// and pass" likes both alike, "mostly half guard and butterfly" stresses both. The marks are put on
// the nearest mention alone (context.ts markSpans); here the list after it shares them.

import type { Span } from './context';
import type { Token } from './text';

const JOINERS: ReadonlySet<string> = new Set(['and', '&', 'or', '/', 'n']);

/** `marks` with each marked mention's stressing marks shared by the mentions listed right after it. */
export function listSharesMarks<M>(
  tokens: readonly Token[],
  mentions: readonly Span[],
  marks: Map<number, Set<M>>,
  stressing: ReadonlySet<M>,
): Map<number, Set<M>> {
  for (let i = 0; i + 1 < mentions.length; i += 1) {
    const shared = [...(marks.get(i) ?? [])].filter((mark) => stressing.has(mark));
    const [here, next] = [mentions[i], mentions[i + 1]];
    if (shared.length === 0 || !here || !next || marks.has(i + 1)) continue;
    if (next.start === here.end + 1 && JOINERS.has(tokens[here.end]?.text ?? '')) marks.set(i + 1, new Set(shared));
  }
  return marks;
}
