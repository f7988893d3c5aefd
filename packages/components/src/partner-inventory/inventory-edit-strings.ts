import type { SelMessage, SelStrings } from '../shared/strings/message.js';

/**
 * The English words of `<sel-partner-inventory>`'s add and edit dialog and its spreadsheet import
 * panel. They load with the code of either, the first time one is opened; `strings` overrides them
 * like the element's other keys.
 */
export const inventoryEditEn = {
  'inventory.field.id': 'ID',
  'inventory.field.idHint': 'Left empty, it is made from the name.',
  'inventory.field.goalsHint': 'One goal per line.',
  'inventory.contact.name': 'Name',
  'inventory.contact.role': 'Role',
  'inventory.contact.email': 'Email',
  'inventory.contact.phone': 'Phone',
  'inventory.dialog.add': 'Add a partner',
  'inventory.dialog.edit': 'Edit {name}',
  'inventory.dialog.save': 'Save',
  'inventory.dialog.cancel': 'Cancel',
  'inventory.dialog.errors': { one: 'One field needs a correction.', other: '{count} fields need a correction.' },
  'inventory.import.heading': 'Import a spreadsheet',
  'inventory.import.paste': 'Paste the rows of a CSV file, header row first',
  'inventory.import.file': 'Or choose a CSV file',
  'inventory.import.held': { one: '{what}: one line, {size}.', other: '{what}: {count} lines, {size}.' },
  'inventory.import.pasted': 'Pasted',
  'inventory.import.left': 'Left to correct',
  'inventory.import.show': 'Show in the box',
  'inventory.import.clear': 'Clear the text',
  'inventory.import.preview': 'Preview',
  'inventory.import.close': 'Close import',
  'inventory.import.reading': 'Reading the spreadsheet…',
  'inventory.import.fileError': 'The file could not be read: {message}',
  'inventory.import.mapping': 'Which field each column fills',
  'inventory.import.column': 'Column "{header}"',
  'inventory.import.ignore': 'Not imported',
  'inventory.import.good': { one: 'One row is ready to import.', other: '{count} rows are ready to import.' },
  'inventory.import.bad': { one: 'One row needs a correction:', other: '{count} rows need a correction:' },
  'inventory.import.problem': 'Row {row}, column {column}: {message}',
  'inventory.import.more': { one: '…and one more problem.', other: '…and {count} more problems.' },
  'inventory.import.run': { one: 'Import one row', other: 'Import {count} rows' },
  'inventory.import.done': { one: 'One partner imported.', other: '{count} partners imported.' },
  'inventory.import.kept': 'The rows that need a correction stay here, to fix and import again.',
  'inventory.import.problems': 'Rows that need a correction',
  'inventory.import.error.kind':
    'Expected a partner kind (such as out-of-school-time, health-care or other), found "{value}"',
  'inventory.import.error.years': 'Expected a whole number of years, e.g. 4, found "{value}"',
  'inventory.import.error.tier': 'Expected a tier (1, 2 or 3, or its name), found "{value}"',
  'inventory.import.error.duplicateId': 'Expected a unique ID, but "{value}" is already used in an earlier row',
  'inventory.import.error.extraField': 'Expected at most {count} cells, as in the header row, but this row has more',
  'inventory.import.error.duplicateColumn':
    'Two columns are read into the same field: choose "Not imported" for one of them',
  'inventory.import.error.missingColumn':
    'Expected a column read as "{header}": choose which column holds the partner names',
  'inventory.import.error.missingHeader': 'Expected a header row naming the columns, found no rows',
  'inventory.import.error.csv':
    'Expected each double quote (") to open and close a whole cell, as in "text, with a comma"; write a quote inside a quoted cell as ""',
  'inventory.import.error.email': 'Expected an email address, e.g. "name@example.org", found "{value}"',
  'inventory.import.error.contactName': 'Expected the contact’s name: a contact with a role, email or phone needs one',
  'inventory.import.error.name': 'Expected the partner’s name (not empty)',
  'inventory.import.error.other': 'This cell cannot be read ({message})',
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of the words of the inventory's dialog and import panel. */
export type InventoryEditMessageKey = keyof typeof inventoryEditEn;

/** The words of the inventory's dialog and import panel: English here, Spanish loaded the first time they are shown in Spanish. */
export const inventoryEditStrings: SelStrings<InventoryEditMessageKey> = {
  en: inventoryEditEn,
  es: () => import('./inventory-edit-strings-es.js').then((module) => module.inventoryEditEs),
};
