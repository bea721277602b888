// Where a background reader (injury-cause.ts, known-already.ts) found what the message tells.

/** Words of the message told as background, and where they start in its plain letters. */
export interface Span {
  readonly start: number;
  readonly text: string;
}

/** The span each match's first group holds (the regex takes the `d` flag, for where it starts), cut at `end` when given. */
export const spansOf = (matches: Iterable<RegExpMatchArray>, end?: RegExp): Span[] =>
  [...matches].map((m) => {
    const group = m[1] ?? '';
    return { start: m.indices?.[1]?.[0] ?? m.index ?? 0, text: end ? (group.split(end)[0] ?? '') : group };
  });
