import type { SelMessage } from '../shared/strings/message.js';

/** The Spanish words of `<sel-assessment-report>`'s chart tables and sorting (usted form, neutral Latin American Spanish). */
export const reportViewsEs = {
  'report.table.area': 'Área',
  'report.table.score': 'Puntuación',
  'report.table.stage': 'Etapa',
  'report.table.rated': 'Calificados',
  'report.table.target': 'Meta',
  'report.table.change': 'Cambio',
  'report.sorted': 'Ordenado por {column}, {direction}.',
  'report.ascending': 'ascendente',
  'report.descending': 'descendente',
} as const satisfies Readonly<Record<string, SelMessage>>;
