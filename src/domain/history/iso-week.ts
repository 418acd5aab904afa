const DAY = 86_400_000;

/** An ISO-8601 week (weeks start on Monday; week 1 holds the year's first Thursday). */
export interface IsoWeek {
  /** "2024-W01"; sorts in time order as a string. */
  key: string;
  /** The ISO week-numbering year, which differs from the calendar year around New Year. */
  year: number;
  week: number;
  /** Epoch ms of the week's Monday 00:00 at the given offset. */
  start: number;
}

/**
 * The ISO week of an instant. `utcOffsetMinutes` sets the user's clock (pass
 * `-new Date().getTimezoneOffset()`); a fixed offset keeps this pure and every week exactly 7 days.
 */
export function isoWeekOf(ms: number, utcOffsetMinutes = 0): IsoWeek {
  const shift = utcOffsetMinutes * 60_000;
  const day = Math.floor((ms + shift) / DAY);
  // Day 0 (1970-01-01) was a Thursday: index 3 when Monday is 0.
  const weekday = (((day + 3) % 7) + 7) % 7;
  const monday = day - weekday;
  const thursday = monday + 3;
  const year = new Date(thursday * DAY).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1) / DAY) / 7) + 1;
  return {
    key: `${year}-W${String(week).padStart(2, '0')}`,
    year,
    week,
    start: monday * DAY - shift,
  };
}

/** Every week from the one holding `fromMs` to the one holding `toMs`, both included, in order. */
export function weeksBetween(fromMs: number, toMs: number, utcOffsetMinutes = 0): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  const last = isoWeekOf(toMs, utcOffsetMinutes).start;
  for (let start = isoWeekOf(fromMs, utcOffsetMinutes).start; start <= last; start += 7 * DAY) {
    weeks.push(isoWeekOf(start, utcOffsetMinutes));
  }
  return weeks;
}
