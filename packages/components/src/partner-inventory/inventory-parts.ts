// The inventory's parts loaded on first use, kept once the page has them: most visits only read
// the table. Loaded by the element; a part never imports the element's own modules.

type PartnerDialogModule = typeof import('./partner-dialog.js');
/** The add and edit dialog's code, once the page has it. */
export let dialogModule: PartnerDialogModule | undefined;

/** Loads the add and edit dialog's code for the page (once): most visits only read the table. */
export async function loadPartnerDialog(): Promise<PartnerDialogModule> {
  dialogModule ??= await import('./partner-dialog.js');
  return dialogModule;
}

type InventoryEditsModule = typeof import('./inventory-edits.js');
/** The code of a deletion and its undo, once the page has it. */
export let editsModule: InventoryEditsModule | undefined;

/** Loads the code of a deletion and its undo (once), when a person first reaches the table's controls. */
export async function loadInventoryEdits(): Promise<InventoryEditsModule> {
  editsModule ??= await import('./inventory-edits.js');
  return editsModule;
}
