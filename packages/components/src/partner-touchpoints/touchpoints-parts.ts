import { onDemand } from '../shared/on-demand.js';

// The touchpoints' part loaded on first use (the check-in dialog with the workbook edits), kept
// once the page has it: most visits only read the table. Loaded by the element; the part never
// imports the element's own module.

/** The check-in dialog and the workbook edits, loaded when a person first reaches the table's controls. */
export const checkIns = onDemand(() => import('./checkin-dialog.js'));

/** Loads the check-in dialog and the workbook edits for the page (once). */
export const loadCheckIns = checkIns.load;
