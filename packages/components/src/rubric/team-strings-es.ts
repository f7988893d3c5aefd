import type { SelMessage } from '../shared/strings/message.js';

/** The Spanish words of `<sel-rubric>`'s team mode (usted form, neutral Latin American Spanish). */
export const rubricTeamEs = {
  'rubric.team.title': 'Calificaciones del equipo',
  'rubric.team.members': { one: 'Un integrante: {names}', other: '{count} integrantes: {names}' },
  'rubric.team.empty':
    'Todavía no hay calificaciones de integrantes. Agregue la evaluación exportada de cada integrante para esta rúbrica.',
  'rubric.team.files': 'Agregar calificaciones de integrantes (archivos JSON)',
  'rubric.team.files.hint':
    'Elija archivos o suéltelos sobre las calificaciones del equipo. Cada archivo es la evaluación exportada de un integrante.',
  'rubric.team.files.added': {
    one: 'Se agregaron las calificaciones de un integrante.',
    other: 'Se agregaron las calificaciones de {count} integrantes.',
  },
  'rubric.team.files.failed': {
    one: 'Un archivo no se pudo agregar; el problema aparece arriba.',
    other: '{count} archivos no se pudieron agregar; los problemas aparecen arriba.',
  },
  'rubric.team.files.unreadable': 'No se pudo leer el archivo: {problem}',
  'rubric.team.files.notList': 'Se esperaba una lista de evaluaciones de integrantes',
  'rubric.team.files.duplicate': 'Se esperaba una evaluación por integrante, pero “{member}” ya está en el equipo',
  'rubric.team.counts': 'Las calificaciones coinciden en {agreed}, difieren en {disagreed}, nadie calificó {unrated}.',
  'rubric.team.recorded': 'Acordados hasta ahora: {recorded} de {total} indicadores',
  'rubric.team.filter': 'Solo donde no coincidimos',
  'rubric.team.filter.shown': {
    one: 'Un indicador en el que las calificaciones difieren, primero los de mayor desacuerdo.',
    other: '{count} indicadores en los que las calificaciones difieren, primero los de mayor desacuerdo.',
  },
  'rubric.team.filter.none': 'Las calificaciones coinciden en todos los indicadores que cubren.',
  'rubric.team.revealAll': 'Mostrar todas las calificaciones',
  'rubric.team.reveal': 'Mostrar calificaciones',
  'rubric.team.hidden':
    '{rated} de {total} integrantes calificaron esto. Sus calificaciones quedan ocultas hasta que usted las muestre.',
  'rubric.team.agree': 'Las calificaciones coinciden',
  'rubric.team.differ': 'Las calificaciones difieren',
  'rubric.team.nobody': 'Nadie calificó esto',
  'rubric.team.spread.first': { one: '1 de {total} eligió {label}', other: '{count} de {total} eligieron {label}' },
  'rubric.team.spread.more': { one: '1 eligió {label}', other: '{count} eligieron {label}' },
  'rubric.team.notRated': 'Sin calificar por: {names}',
  'rubric.team.agreed': 'Nivel acordado',
  'rubric.team.agreed.none': 'Todavía no hay nivel acordado',
  'rubric.team.note': 'Nota de la conversación',
  'rubric.team.note.hint': 'Por qué el equipo eligió este nivel.',
  'rubric.team.announce.agreed': 'Se acordó {label}. {recorded} de {total} indicadores acordados.',
  'rubric.team.announce.revealed': 'Calificaciones visibles.',
  'rubric.team.announce.priority': 'Se marcó {practice} como práctica prioritaria.',
  'rubric.team.announce.notPriority': '{practice} ya no es una práctica prioritaria.',
} as const satisfies Readonly<Record<string, SelMessage>>;
