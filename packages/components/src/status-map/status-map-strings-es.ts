import type { SelMessage } from '../shared/strings/message.js';

/** The Spanish strings of `<sel-status-map>` (usted form, neutral Latin American Spanish). */
export const statusMapEs = {
  'statusMap.heading': 'Estado de las comunidades de aprendizaje',
  'statusMap.asOf': 'Datos al {date}.',
  'statusMap.illustrative':
    'Datos ilustrativos: inventados para mostrar cómo funciona el mapa, no son comunidades reales.',
  'statusMap.measure': 'Colorear el mapa según',
  'statusMap.measure.phase': 'Fase del ciclo de vida',
  'statusMap.measure.readiness': 'Etapa de preparación',
  'statusMap.measure.communities': 'Número de comunidades',
  'statusMap.measure.districts': 'Número de distritos',
  'statusMap.measure.students': 'Número de estudiantes',
  'statusMap.view': 'Mostrar como',
  'statusMap.view.map': 'Mapa',
  'statusMap.view.table': 'Tabla',
  'statusMap.totals': 'Totales',
  'statusMap.totals.communities': 'Comunidades',
  'statusMap.totals.states': 'Estados',
  'statusMap.totals.districts': 'Distritos',
  'statusMap.totals.students': 'Estudiantes',
  'statusMap.map':
    'Mapa de los Estados Unidos, un cuadro por estado. Las flechas llevan de un estado a otro; Intro abre uno.',
  'statusMap.national': 'Nacional',
  'statusMap.nationalLong': 'Comunidad nacional',
  'statusMap.tile.communities': { one: 'una comunidad', other: '{count} comunidades' },
  'statusMap.tile.none': 'ninguna comunidad de aprendizaje',
  'statusMap.range': 'de {min} a {max}',
  'statusMap.range.open': '{min} o más',
  'statusMap.legend': 'Leyenda: {measure}',
  'statusMap.legend.none': 'Ninguna comunidad de aprendizaje',
  'statusMap.announce.opened': 'Se muestran las comunidades de {place}.',
  'statusMap.summary.communities': { one: 'Una comunidad de aprendizaje', other: '{count} comunidades de aprendizaje' },
  'statusMap.summary.inStates': { one: 'en un estado', other: 'en {count} estados' },
  'statusMap.summary.national': { one: 'y una nacional', other: 'y {count} nacionales' },
  'statusMap.summary.districts': { one: 'un distrito', other: '{count} distritos' },
  'statusMap.summary.students': { one: 'un estudiante', other: '{count} estudiantes' },
  'statusMap.summary.sentence': {
    one: '{communities} {where}, que llega a {districts} y {students}.',
    other: '{communities} {where}, que llegan a {districts} y {students}.',
  },
  'statusMap.summary.byPhase': 'Por fase: {phases}.',
  'statusMap.summary.phase.detailed-design': '{count} en diseño detallado',
  'statusMap.summary.phase.launch': '{count} en lanzamiento',
  'statusMap.summary.phase.scale-and-improve': '{count} en ampliación y mejora',
  'statusMap.summary.phase.replan': '{count} en nueva planificación',
  'statusMap.summary.phase.leadership-transition': '{count} en transición del liderazgo',
} as const satisfies Readonly<Record<string, SelMessage>>;

export { usStateNamesEs } from '@sel/data';
