import { DAY_MS, WEEK_MS, utcDay } from '../clock';

/** An ISO week in UTC: Monday 00:00 up to the next Monday. Weekly analytics count in these. */
export interface IsoWeek {
  /** "2026-W48": the ISO week-numbering year (the year of its Thursday) and the week number. */
  label: string;
  start: Date;
  end: Date;
}

// 1970-01-01 was a Thursday: days since then, shifted so that Monday is 0.
const MONDAY_OFFSET_DAYS = 3;

export function isoWeekOf(at: Date): IsoWeek {
  const day = Math.floor(at.getTime() / DAY_MS);
  const monday = (day - ((((day + MONDAY_OFFSET_DAYS) % 7) + 7) % 7)) * DAY_MS;
  return weekStarting(new Date(monday));
}

function weekStarting(start: Date): IsoWeek {
  // The week belongs to the year of its Thursday; week 1 is the one holding that year's first Thursday.
  const thursday = new Date(start.getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const number = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / WEEK_MS) + 1;
  return {
    label: `${String(year).padStart(4, '0')}-W${String(number).padStart(2, '0')}`,
    start,
    end: new Date(start.getTime() + WEEK_MS),
  };
}

/** "2026-W48" (or "2026w48") → that week; null for anything else, such as a week 53 its year lacks. */
export function parseIsoWeek(label: string): IsoWeek | null {
  const match = /^(\d{4})-?[Ww](\d{2})$/.exec(label.trim());
  if (!match) return null;
  const [year, number] = [Number(match[1]), Number(match[2])];
  if (number < 1) return null;
  // January 4th is always in week 1.
  const week = addWeeks(isoWeekOf(new Date(Date.UTC(year, 0, 4))), number - 1);
  return week.label === `${match[1]}-W${match[2]}` ? week : null;
}

export function addWeeks(week: IsoWeek, weeks: number): IsoWeek {
  return weekStarting(new Date(week.start.getTime() + weeks * WEEK_MS));
}

/** The Monday a week starts on, as YYYY-MM-DD: how weekly counts are keyed in the database. */
export const weekKey = (at: Date): string => utcDay(isoWeekOf(at).start);
