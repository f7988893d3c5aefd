import type { SelMessage } from '../shared/strings/message.js';

/** The Spanish words of `<sel-partner-touchpoints>`'s check-in dialog and edits (usted form). */
export const touchpointEditEs = {
  'touchpoints.logged': 'Se registró la reunión con {name} del {date}.',
  'touchpoints.cadence.saved': 'Se guardó la frecuencia de {tier}.',
  'touchpoints.dialog.title': 'Registrar una reunión con {name}',
  'touchpoints.dialog.date': 'Fecha',
  'touchpoints.dialog.by': 'Quién la realizó',
  'touchpoints.dialog.notes': 'Notas',
  'touchpoints.dialog.save': 'Registrar reunión',
  'touchpoints.dialog.cancel': 'Cancelar',
} as const satisfies Readonly<Record<string, SelMessage>>;
