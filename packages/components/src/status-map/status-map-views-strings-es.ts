import type { SelMessage } from '../shared/strings/message.js';

/** The Spanish words of `<sel-status-map>`'s table and place panel (usted form, neutral Latin American Spanish). */
export const statusMapViewsEs = {
  'statusMap.table.caption': 'Comunidades de aprendizaje por estado, al {date}',
  'statusMap.table.place': 'Estado',
  'statusMap.table.communities': 'Comunidades',
  'statusMap.table.districts': 'Distritos',
  'statusMap.table.students': 'Estudiantes',
  'statusMap.table.phase': 'Fase más avanzada',
  'statusMap.table.readiness': 'Etapa más avanzada',
  'statusMap.table.open': 'Ver las comunidades de {place}',
  'statusMap.sorted': 'Ordenado por {column}, {direction}.',
  'statusMap.ascending': 'ascendente',
  'statusMap.descending': 'descendente',
  'statusMap.panel.heading': 'Comunidades de aprendizaje en {place}',
  'statusMap.panel.name': 'Comunidad',
  'statusMap.panel.phase': 'Fase',
  'statusMap.panel.readiness': 'Preparación',
  'statusMap.panel.districts': 'Distritos',
  'statusMap.panel.students': 'Estudiantes',
  'statusMap.panel.charter': 'Carta constitutiva',
  'statusMap.panel.charterDates': 'del {start} al {end}',
  'statusMap.panel.none': 'Todavía no hay ninguna comunidad de aprendizaje en {place}.',
  'statusMap.panel.close': 'Cerrar',
} as const satisfies Readonly<Record<string, SelMessage>>;
