import type { SelMessage, SelStrings } from '../shared/strings/message.js';

/** The English strings of `<sel-partner-inventory>`; their keys are the ones its `strings` property takes. */
export const inventoryEn = {
  'inventory.caption': 'Community partners',
  'inventory.count': { one: 'One partner', other: '{count} partners' },
  'inventory.shown': { one: 'Showing one of {total} partners', other: 'Showing {count} of {total} partners' },
  'inventory.drawing': 'Showing {shown} of {count} partners',
  'inventory.drawn': 'Showing all {count} partners',
  'inventory.pages': 'Pages of the partner table',
  'inventory.page': 'Page {page} of {pages}: partners {from} to {to}',
  'inventory.page.previous': 'Previous page',
  'inventory.page.next': 'Next page',
  'inventory.sorted': 'Sorted by {column}, {direction}.',
  'inventory.ascending': 'ascending',
  'inventory.descending': 'descending',
  'inventory.filter.text': 'Find partners',
  'inventory.filter.all': 'All',
  'inventory.filters': 'Filter the partner inventory',
  'inventory.columns': 'Columns',
  'inventory.actions': 'Actions',
  'inventory.add': 'Add partner',
  'inventory.edit': 'Edit',
  'inventory.editLabel': 'Edit {name}',
  'inventory.delete': 'Delete',
  'inventory.deleteLabel': 'Delete {name}',
  'inventory.undo': 'Undo',
  'inventory.added': '{name} added.',
  'inventory.saved': '{name} saved.',
  'inventory.deleted': '{name} deleted, with its tier and check-ins.',
  'inventory.restored': '{name} is back, with its tier and check-ins.',
  'inventory.empty': 'No partners yet. Add one or import a spreadsheet.',
  'inventory.noMatch': 'No partner matches these filters.',
  'inventory.required': 'Add at least one partner.',
  'inventory.export': 'Export CSV',
  'inventory.import': 'Import CSV',
  'inventory.field.name': 'Name',
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of `<sel-partner-inventory>`'s strings. */
export type InventoryMessageKey = keyof typeof inventoryEn;

/** `<sel-partner-inventory>`'s strings: English here, Spanish loaded the first time the element speaks it. */
export const inventoryStrings: SelStrings<InventoryMessageKey> = {
  en: inventoryEn,
  es: () => import('./inventory-strings-es.js').then((module) => module.inventoryEs),
};
