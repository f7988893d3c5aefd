import type { SelMessage } from '../shared/strings/message.js';

/** The Spanish strings of `<sel-partner-card-sort>` (usted form, neutral Latin American Spanish). */
export const cardSortEs = {
  'cardsort.label': 'Clasificación de aliados',
  'cardsort.instructions':
    'Para mover un aliado con el teclado, lleve el foco a su tarjeta y pulse Espacio para tomarla. Muévala entre niveles o hacia arriba y abajo con las flechas; luego pulse Espacio para soltarla o Escape para cancelar. El botón "Mover a" de cada tarjeta hace lo mismo sin arrastrar.',
  'cardsort.column.count': { one: 'Un aliado', other: '{count} aliados' },
  'cardsort.column.empty': 'Todavía no hay aliados aquí.',
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
  'cardsort.menu.label': 'Mover {name} a',
  'cardsort.undo': 'Deshacer',
  'cardsort.redo': 'Rehacer',
  'cardsort.readonly': 'Esta clasificación es de solo lectura.',
  'cardsort.required': 'Clasifique a cada aliado en uno de los tres niveles.',
  'cardsort.announce.lifted':
    'Tomó {name}, en {tier}, posición {position} de {total}. Use las flechas para moverlo, Espacio para soltarlo o Escape para cancelar.',
  'cardsort.announce.grabbed': 'Tomó {name}, en {tier}, posición {position} de {total}.',
  'cardsort.announce.over-tier': '{name} está sobre {tier}.',
  'cardsort.announce.over': '{name}: {tier}, posición {position} de {total}.',
  'cardsort.announce.dropped': 'Soltó {name} en {tier}, posición {position} de {total}.',
  'cardsort.announce.moved': '{name} pasó de {from} a {tier}, posición {position} de {total}.',
  'cardsort.announce.unchanged': '{name} sigue en {tier}, posición {position} de {total}.',
  'cardsort.announce.cancelled': 'Movimiento cancelado. {name} volvió a {tier}, posición {position} de {total}.',
  'cardsort.announce.undone': 'Se deshizo: {name} volvió a {tier}, posición {position} de {total}.',
  'cardsort.announce.redone': 'Se rehízo: {name} pasó a {tier}, posición {position} de {total}.',
  'cardsort.announce.nothingToUndo': 'No hay nada que deshacer.',
  'cardsort.announce.nothingToRedo': 'No hay nada que rehacer.',
  'cardsort.details.close': 'Cerrar',
  'cardsort.details.notRecorded': 'Sin registrar',
  'cardsort.details.years': { one: 'Un año', other: '{count} años' },
} as const satisfies Readonly<Record<string, SelMessage>>;
