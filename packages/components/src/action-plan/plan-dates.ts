import { checkIsoDate, type IsoDate, type SelIssue } from '@sel/core';

/** Whether `value` is a real calendar date as YYYY-MM-DD. */
export const isIsoDate = (value: string | undefined): value is IsoDate =>
  value !== undefined && value !== '' && checkIsoDate(value).ok;

/** The element's date attributes that are set but not real dates, as issues at their names. */
export function dateIssues(dates: Readonly<Record<string, string | undefined>>): SelIssue[] {
  return Object.entries(dates).flatMap(([name, value]) =>
    value === undefined || value === '' || isIsoDate(value)
      ? []
      : [{ path: [name], code: 'invalid-date', message: `Expected a date as YYYY-MM-DD, got "${String(value)}"` }],
  );
}
