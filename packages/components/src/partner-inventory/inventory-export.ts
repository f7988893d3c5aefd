import { partnersToCsv, type PartnerWorkbook } from '@sel/core';
import { downloadText } from '../shared/download.js';

/**
 * Offers the workbook's partners as `partner-inventory.csv`: the inventory template's columns and
 * each partner's tier, formula-looking cells guarded, with a byte-order mark so Excel reads it as
 * UTF-8. Loaded the first time a user exports.
 */
export function downloadInventory(host: Element, workbook: PartnerWorkbook): void {
  const csv = partnersToCsv(workbook.partners, workbook.assignments);
  downloadText(host, `\uFEFF${csv}`, 'partner-inventory.csv', 'text/csv');
}
