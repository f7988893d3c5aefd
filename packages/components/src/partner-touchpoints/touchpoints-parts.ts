// The touchpoints' part loaded on first use (the check-in dialog with the workbook edits), kept
// once the page has it: most visits only read the table. Loaded by the element; the part never
// imports the element's own module.

type CheckInModule = typeof import('./checkin-dialog.js');
/** The check-in dialog's code, once the page has it. */
export let checkInModule: CheckInModule | undefined;

/** Loads the check-in dialog and the workbook edits (once), when a person first reaches the table's controls. */
export async function loadCheckIns(): Promise<CheckInModule> {
  checkInModule ??= await import('./checkin-dialog.js');
  return checkInModule;
}
