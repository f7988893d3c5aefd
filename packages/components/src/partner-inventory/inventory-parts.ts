import { onDemand } from '../shared/on-demand.js';

// The inventory's parts loaded on first use, kept once the page has them: most visits only read
// the table. Loaded by the element; a part never imports the element's own modules.

/** The add and edit dialog's code, loaded when a person first adds or edits a partner. */
export const partnerDialog = onDemand(() => import('./partner-dialog.js'));

/** The code of a deletion and its undo, loaded when a person first reaches the table's controls. */
export const inventoryEdits = onDemand(() => import('./inventory-edits.js'));

/** Loads the add and edit dialog's code for the page (once). */
export const loadPartnerDialog = partnerDialog.load;
