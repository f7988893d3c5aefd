import { compareIsoDates, dayNumber, fromIsoDate, type IsoDate } from '@sel/core';

/**
 * Maps calendar days onto the visual time axis of `<sel-milestone-timeline>`: a day's position
 * is the share of calendar days (not milliseconds, so daylight-saving changes never move a point)
 * between the first and last day shown.
 */
export class TimeScale {
  /** The first day shown, at 0 %. */
  readonly first: IsoDate;
  /** The last day shown, at 100 %. */
  readonly last: IsoDate;
  /** Calendar days from `first` to `last`; at least 1, so a one-day scale still has a width. */
  readonly days: number;

  /** A scale covering every given day; throws `SelRuleError('invalid-date')` for a date that is not real. */
  constructor(dates: Iterable<IsoDate>) {
    let first: IsoDate | undefined;
    let last: IsoDate | undefined;
    for (const date of dates) {
      fromIsoDate(date);
      if (first === undefined || compareIsoDates(date, first) < 0) first = date;
      if (last === undefined || compareIsoDates(date, last) > 0) last = date;
    }
    if (first === undefined || last === undefined) throw new RangeError('A time scale needs at least one date');
    this.first = first;
    this.last = last;
    this.days = Math.max(1, dayNumber(last) - dayNumber(first));
  }

  /** Whether `date` lies on the scale (both ends included). */
  includes(date: IsoDate): boolean {
    return compareIsoDates(date, this.first) >= 0 && compareIsoDates(date, this.last) <= 0;
  }

  /** Positions worked out so far: a thousand milestones fall on far fewer days. */
  readonly #percents = new Map<IsoDate, number>();

  /** Where `date` sits, in percent of the axis from its start (outside 0-100 when off the scale). */
  percent(date: IsoDate): number {
    let percent = this.#percents.get(date);
    if (percent === undefined) {
      fromIsoDate(date);
      percent = ((dayNumber(date) - dayNumber(this.first)) / this.days) * 100;
      this.#percents.set(date, percent);
    }
    return percent;
  }

  /** Width in percent of the stretch from `start` to `end`. */
  width(start: IsoDate, end: IsoDate): number {
    return this.percent(end) - this.percent(start);
  }

  /** January 1 of every year after the first day, up to the last: where year ticks go. */
  yearStarts(): IsoDate[] {
    const years: IsoDate[] = [];
    const from = Number(this.first.slice(0, 4)) + 1;
    const to = Number(this.last.slice(0, 4));
    for (let year = from; year <= to; year++) years.push(`${String(year).padStart(4, '0')}-01-01`);
    return years;
  }
}
