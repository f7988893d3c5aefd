import type { SelMessage } from '../shared/strings/message.js';

/** The Spanish strings of `<sel-partner-card-sort>` (usted form, neutral Latin American Spanish). */
export const cardSortEs = {
  'cardsort.label': 'Clasificación de aliados',
  'cardsort.filter.label': 'Buscar aliados',
  'cardsort.instructions':
    'Para mover un aliado con el teclado, pulse Espacio en su asa («Mover …») para tomarlo, llévelo con las flechas y pulse Espacio para soltarlo; Escape cancela. El botón «Mover a…» de cada tarjeta hace lo mismo sin arrastrar.',
  'cardsort.column.count': { one: 'Un aliado', other: '{count} aliados' },
  'cardsort.column.empty': 'Todavía no hay aliados aquí.',
  'cardsort.emptyBoard': 'Todavía no hay aliados que clasificar. Agregue aliados al inventario y clasifíquelos aquí.',
  'cardsort.progress': {
    one: '{sorted} de un aliado clasificado',
    other: '{sorted} de {count} aliados clasificados',
  },
  'cardsort.drawing': 'Se muestran {shown} de {count} tarjetas de aliados',
  'cardsort.drawn': 'Se muestran las {count} tarjetas de aliados',
  'cardsort.card.move': 'Mover {name}',
  'cardsort.card.contact': 'Contacto: {name}',
  'cardsort.card.noContact': 'Sin contacto registrado',
  'cardsort.card.details': 'Detalles',
  'cardsort.card.detailsLabel': 'Detalles de {name}',
  'cardsort.card.moveTo': 'Mover a…',
  'cardsort.card.moveToLabel': 'Mover a… ({name})',
  'cardsort.readonly': 'Esta clasificación es de solo lectura.',
  'cardsort.required': 'Clasifique a cada aliado en uno de los tres niveles.',
} as const satisfies Readonly<Record<string, SelMessage>>;
