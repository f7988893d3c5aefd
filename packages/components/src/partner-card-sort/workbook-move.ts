import {
  checkPartnerWorkbook,
  setPartnerTier,
  type PartnerCardSortData,
  type PartnerWorkbook,
  type SelIssue,
  type Tier,
  type WorkbookEdit,
} from '@sel/core';
import type { CardSortWorkbook } from './card-sort-workbook.js';

/** What a move did to the workbook: the edit to send, the problems that kept it from being made, or nothing (no workbook). */
export type WorkbookMove = { readonly edit: WorkbookEdit } | { readonly issues: readonly SelIssue[] } | undefined;

/** The element's properties a card sort's data may have come from. */
export interface WorkbookSources {
  readonly partners: unknown;
  readonly workbook: PartnerWorkbook | undefined;
}

/**
 * Partner `partnerId` moved to `tier` on a board of `data`, in the workbook `kept` holds (loaded
 * with the moves). `sources` are the element's properties: the data is an inventory (no workbook)
 * when it came from `partners`, and the workbook is used as given when it came from `workbook`;
 * data read from a file or inline JSON is read as a workbook the first time one of its partners
 * moves.
 */
export function workbookMove(
  kept: CardSortWorkbook,
  data: PartnerCardSortData,
  sources: WorkbookSources,
  partnerId: string,
  tier: Tier,
): WorkbookMove {
  let current = kept.current;
  if (current?.data !== data) {
    const raw = kept.read.get(data);
    let workbook: PartnerWorkbook | undefined;
    if (raw !== undefined && raw === sources.workbook) workbook = sources.workbook;
    else if (raw !== undefined && raw !== sources.partners) {
      const read = checkPartnerWorkbook(raw);
      if (!read.ok) {
        // Said once; the board still sorts, without a workbook to send.
        kept.current = { data, workbook: undefined };
        return { issues: read.error.issues };
      }
      workbook = read.value;
    }
    current = { data, workbook };
    kept.current = current;
  }
  if (!current.workbook) return undefined;
  try {
    const edit = setPartnerTier(current.workbook, partnerId, tier);
    kept.current = { data, workbook: edit.workbook };
    return { edit };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { issues: [{ path: ['assignments', partnerId], code: 'set-tier-failed', message }] };
  }
}
