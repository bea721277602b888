import { DAY_MS } from '../clock';
import type { Enhancement } from './enhancements';
import { maskOf } from './holdouts';

export const ATTRIBUTION_WINDOW_MS = 14 * DAY_MS;

export interface ShownExposure {
  enhancement: Enhancement;
  exampleId: string | null;
  shownAt: Date;
}

/**
 * docs/rules.md §6: a conversion is credited to every exposure in the 14 days before it (one bit per
 * enhancement), and to the last example shown in that window (last touch among examples).
 */
export function creditConversion(
  exposures: readonly ShownExposure[],
  convertedAt: Date,
): { mask: number; exampleId: string | null } {
  const inWindow = inAttributionWindow(exposures, convertedAt);
  const lastExample = inWindow
    .filter((e) => e.exampleId !== null)
    .reduce<ShownExposure | null>((last, e) => (!last || e.shownAt > last.shownAt ? e : last), null);
  return { mask: maskOf(inWindow.map((e) => e.enhancement)), exampleId: lastExample?.exampleId ?? null };
}

/** The exposures a conversion at `convertedAt` is credited to: shown in the 14 days before it. */
export function inAttributionWindow<E extends ShownExposure>(exposures: readonly E[], convertedAt: Date): E[] {
  return exposures.filter((e) => {
    const age = convertedAt.getTime() - e.shownAt.getTime();
    return age >= 0 && age <= ATTRIBUTION_WINDOW_MS;
  });
}
