// One slip of the keyboard: what the typo readers (typos.ts, match.ts) count as the same word.

/** The word and every form of it with one letter dropped: the keys of a symmetric-delete index. */
export const deletions = (w: string): string[] => [w, ...[...w].map((_, i) => w.slice(0, i) + w.slice(i + 1))];

/** Optimal string alignment distance ≤ 1 (one insertion, deletion, substitution or swap). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
