// The floors `pnpm eval:*` hold a labelled set to (issue 15's bars on the hidden sets): the whole set,
// and each family of lines with enough lines to say something.
import path from 'node:path';

export const FLOORS = { topics: 0.97, profile: 0.97, routing: 0.985 } as const;
/**
 * Stress sets, kept apart from the held-out-style sets whose floors are the bars: rounds written to be
 * hard and all one kind of answer (timetables told in parts), and the latest topic rounds, scored as
 * labellers wrote them (docs/labelling.md). Each holds a floor at its score when it joined, raised as
 * the readings improve, so it can only go up; its families are shown, not floored.
 */
export const STRESS_FLOORS: Readonly<Record<string, number>> = {
  'profile.timetables.jsonl': 0.89,
  'topics.fresh.jsonl': 0.96,
};
/** The stress-set floor of a labelled file, by its name; undefined for a held-out-style set. */
export const stressFloorOf = (file: string): number | undefined => STRESS_FLOORS[path.basename(file)];
/** Every family of at least MIN_FAMILY_LINES lines must reach this on its own. */
export const FAMILY_FLOOR = 0.9;
export const MIN_FAMILY_LINES = 10;

export const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** Prints one family's line and says whether it holds its floor. */
export function familyLine(family: string, lines: number, score: number, shown: string, floored = true): boolean {
  const counted = floored && lines >= MIN_FAMILY_LINES;
  const ok = !counted || score >= FAMILY_FLOOR;
  console.log(`  ${family.padEnd(24)} ${shown.padStart(7)}  (${lines} lines)${ok ? '' : `  ✗ below ${FAMILY_FLOOR}`}`);
  return ok;
}
