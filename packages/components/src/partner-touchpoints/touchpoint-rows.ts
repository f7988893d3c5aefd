import {
  createCardSort,
  DEFAULT_TOUCHPOINT_CADENCE,
  touchpointsDue,
  type Partner,
  type PartnerWorkbook,
  type Touchpoint,
  type TouchpointDue,
  type TouchpointTopic,
} from '@sel/core';

/** The tiers with regular check-ins: partners that clearly support SEL and those that could. */
export const CHECK_IN_TIERS = ['clearly-supports', 'could-support'] as const;
export type CheckInTier = (typeof CHECK_IN_TIERS)[number];

/** One partner and topic: when it was last discussed, when next, and how late. */
export interface TouchpointRow extends TouchpointDue {
  readonly partner: Partner;
  /** Days from today to `nextDue`: negative when overdue, 0 when due today. */
  readonly days: number | undefined;
}

/** Days between two `YYYY-MM-DD` dates (`to - from`), by the calendar. */
export function daysBetween(from: string, to: string): number {
  const utc = (date: string): number => {
    const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The reader's `YYYY-MM-DD` today, from the device's clock and time zone. */
export function localToday(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The months between check-ins of a tier in a workbook (its own cadence over the default). */
export function cadenceOf(workbook: PartnerWorkbook, tier: CheckInTier): number | null {
  const own = workbook.cadence?.[tier];
  return own === undefined ? DEFAULT_TOUCHPOINT_CADENCE[tier] : own;
}

/**
 * Every topic of every partner in tiers 1 and 2, from core's `touchpointsDue` with the
 * workbook's cadence: the most overdue first (earliest next date), then those due soonest; a tier
 * without a cadence has no next date and comes last. Ties keep inventory order.
 */
export function touchpointRows(workbook: PartnerWorkbook, today: string): TouchpointRow[] {
  const partners = workbook.partners.filter((partner) => {
    const tier = Object.hasOwn(workbook.assignments, partner.id) ? workbook.assignments[partner.id] : undefined;
    return tier === 'clearly-supports' || tier === 'could-support';
  });
  const byId = new Map(partners.map((partner) => [partner.id, partner]));
  const ids = partners.map((partner) => partner.id);
  const sort = createCardSort(ids, Object.fromEntries(ids.map((id) => [id, workbook.assignments[id] ?? 'unsorted'])));
  const relevant = workbook.touchpoints.filter((touchpoint) => byId.has(touchpoint.partnerId));
  const due = touchpointsDue(partners, sort, relevant, today, workbook.cadence ?? {});
  const rows = due.map((entry, order) => ({
    ...entry,
    partner: byId.get(entry.partnerId) as Partner,
    days: entry.nextDue === undefined ? undefined : daysBetween(today, entry.nextDue),
    order,
  }));
  rows.sort((a, b) => {
    if (a.days === undefined || b.days === undefined)
      return a.days === b.days ? a.order - b.order : a.days === undefined ? 1 : -1;
    return a.days - b.days || a.order - b.order;
  });
  return rows;
}

/** The rows of one topic and one partner, or all when left empty. */
export function filterTouchpointRows(
  rows: readonly TouchpointRow[],
  topic: TouchpointTopic | '',
  partnerId: string,
): readonly TouchpointRow[] {
  if (topic === '' && partnerId === '') return rows;
  return rows.filter(
    (row) => (topic === '' || row.topic === topic) && (partnerId === '' || row.partnerId === partnerId),
  );
}

/** A partner's check-ins, the latest first. */
export function historyOf(workbook: PartnerWorkbook, partnerId: string): Touchpoint[] {
  return workbook.touchpoints
    .filter((touchpoint) => touchpoint.partnerId === partnerId)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
