import type { SelMessage } from '../shared/strings/message.js';

/** The Spanish words of the card sort's moves (usted form, neutral Latin American Spanish). */
export const cardMovesEs = {
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
  'cardsort.undo': 'Deshacer',
  'cardsort.redo': 'Rehacer',
} as const satisfies Readonly<Record<string, SelMessage>>;
