import { SelValidationError } from './errors.js';
import type { SelIssue } from './errors.js';
import type { Partner } from './partner.js';
import type { PartnerWorkbook } from './partner-workbook.js';
import type { WorkbookEdit } from './partner-workbook-edits.js';
import { checkPartner } from './partner-workbook-reader.js';
import type { Tier } from './tier.js';
import { finishSteps } from './validate-in-steps.js';

// Partners imported into a workbook (from a spreadsheet), an edit of its own: the page that shows
// a workbook brings its other edits up front, and this one with its import panel.

const SUBJECT = 'partner';

/** One row to import: a partner, and its tier when the sheet gives one. */
export interface ImportedPartner {
  readonly partner: Partner;
  readonly tier?: Tier | undefined;
}

/**
 * Imports partners (e.g. the good rows of a spreadsheet): a partner whose id the workbook holds
 * replaces that partner in its place (its check-ins stay), the others join the end. A given tier
 * replaces the partner's tier.
 * @throws {SelValidationError} at `[row index, ...path]` for a partner that is not valid or an id
 * given twice in `rows`; nothing is imported then.
 */
export function importPartners(workbook: PartnerWorkbook, rows: readonly ImportedPartner[]): WorkbookEdit {
  return finishSteps(importPartnersInSteps(workbook, rows));
}

/**
 * {@link importPartners} in steps, a yield every `rowsPerStep` rows (default 100), so a page can
 * import thousands of rows without a long task.
 */
export function* importPartnersInSteps(
  workbook: PartnerWorkbook,
  rows: readonly ImportedPartner[],
  rowsPerStep = 100,
): Generator<void, WorkbookEdit, void> {
  const issues: SelIssue[] = [];
  const seen = new Set<string>();
  const partners = workbook.partners.slice();
  const indexOf = new Map(partners.map((partner, index) => [partner.id, index]));
  let assignments: PartnerWorkbook['assignments'] | undefined;
  const added: string[] = [];
  const updated: string[] = [];
  const step = Math.max(1, rowsPerStep);
  for (let rowIndex = 0; rowIndex < rows.length; rowIndex++) {
    if (rowIndex > 0 && rowIndex % step === 0) yield;
    const row = rows[rowIndex] as ImportedPartner;
    const result = checkPartner(row.partner, SUBJECT);
    if (!result.ok) {
      for (const issue of result.error.issues) issues.push({ ...issue, path: [rowIndex, ...issue.path] });
      continue;
    }
    const { id } = result.value;
    if (seen.has(id)) {
      issues.push({
        path: [rowIndex, 'id'],
        code: 'duplicate-id',
        message: `Expected a unique id, but "${id}" is given twice`,
      });
      continue;
    }
    seen.add(id);
    const at = indexOf.get(id);
    if (at === undefined) {
      partners.push(result.value);
      added.push(id);
    } else {
      partners[at] = result.value;
      updated.push(id);
    }
    if (row.tier !== undefined) {
      assignments ??= { ...workbook.assignments };
      Object.defineProperty(assignments, id, { value: row.tier, enumerable: true, writable: true, configurable: true });
    }
  }
  if (issues.length > 0) throw new SelValidationError('imported partners', issues);
  return {
    workbook: { ...workbook, partners, assignments: assignments ?? workbook.assignments },
    change: { kind: 'import-partners', added, updated },
  };
}
