import type { PartnerWorkbook, WorkbookChange } from '@sel/core';

/**
 * `detail` of `sel-workbook-change`, which the partner inventory, card sort and touchpoints
 * dispatch after each edit of the partner workbook: the whole new workbook, and what changed. A
 * page passes `workbook` to the other elements to keep them in step.
 */
export interface SelWorkbookChangeDetail {
  readonly workbook: PartnerWorkbook;
  readonly change: WorkbookChange;
}

declare global {
  interface HTMLElementEventMap {
    'sel-workbook-change': CustomEvent<SelWorkbookChangeDetail>;
  }
}
