// The floors `pnpm eval:*` hold a labelled set to (issue 15's bars on the hidden sets): the whole set,
// and each family of lines with enough lines to say something.
export const FLOORS = { topics: 0.97, profile: 0.97, routing: 0.985 } as const;
/** Every family of at least MIN_FAMILY_LINES lines must reach this on its own. */
export const FAMILY_FLOOR = 0.9;
export const MIN_FAMILY_LINES = 10;

export const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** Prints one family's line and says whether it holds its floor. */
export function familyLine(family: string, lines: number, score: number, shown: string): boolean {
  const counted = lines >= MIN_FAMILY_LINES;
  const ok = !counted || score >= FAMILY_FLOOR;
  console.log(`  ${family.padEnd(24)} ${shown.padStart(7)}  (${lines} lines)${ok ? '' : `  ✗ below ${FAMILY_FLOOR}`}`);
  return ok;
}
