/**
 * The workbook edits of a deletion and its undo. A module of its own, loaded when a person first
 * reaches the inventory's controls, so a page that only shows the table does not download core's
 * workbook edits.
 */
export { removePartner, restorePartner } from '@sel/core';
