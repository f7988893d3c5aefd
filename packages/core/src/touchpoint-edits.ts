import { checkWorkbookCadence } from './cadence-reader.js';
import { SelValidationError } from './errors.js';
import type { PartnerWorkbook } from './partner-workbook.js';
import { partnerIndex } from './partner-workbook.js';
import type { WorkbookEdit } from './partner-workbook-edits.js';
import { checkTouchpoint } from './partner-workbook-reader.js';
import type { Tier } from './tier.js';

// The edits of a workbook's check-ins (a check-in logged, a tier's cadence set), apart from the
// edits of its partners (partner-workbook-edits.ts), so a page that logs check-ins brings only these.

/**
 * Logs a check-in with a partner on one topic.
 * @throws {SelValidationError} a field that is not valid (at the touchpoint's paths);
 * {@link SelRuleError} `unknown-partner`.
 */
export function logCheckIn(workbook: PartnerWorkbook, candidate: unknown): WorkbookEdit {
  const result = checkTouchpoint(candidate, 'check-in');
  if (!result.ok) throw result.error;
  partnerIndex(workbook, result.value.partnerId);
  return {
    workbook: { ...workbook, touchpoints: [...workbook.touchpoints, result.value] },
    change: { kind: 'log-check-in', touchpoint: result.value, index: workbook.touchpoints.length },
  };
}

/**
 * Sets the months between check-ins for one tier (`null`: no regular check-ins).
 * @throws {SelValidationError} at `cadence.<tier>` for anything but a whole number of months or null.
 */
export function setCadence(workbook: PartnerWorkbook, tier: Tier, months: number | null): WorkbookEdit {
  const cadence = { ...workbook.cadence, [tier]: months };
  const result = checkWorkbookCadence(cadence, 'cadence');
  if (!result.ok) {
    const issues = result.error.issues.map((issue) => ({ ...issue, path: ['cadence', ...issue.path] }));
    throw new SelValidationError('cadence', issues);
  }
  return {
    workbook: { ...workbook, cadence: result.value },
    change: { kind: 'set-cadence', tier, months },
  };
}
