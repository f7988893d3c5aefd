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
  'rubric.team.files.twice':
    'Se esperaba una evaluación por integrante, pero “{member}” también está en otro de estos archivos',
  'rubric.team.loading': 'Cargando las calificaciones del equipo…',
  'rubric.team.remove': 'Quitar',
  'rubric.team.removed': 'Se quitaron las calificaciones de {member}.',
  'rubric.team.replaced': {
    one: 'Se reemplazaron las calificaciones de {names} con el archivo nuevo.',
    other: 'Se reemplazaron las calificaciones de {count} integrantes con los archivos nuevos: {names}.',
  },
  'rubric.team.undo': 'Deshacer',
  'rubric.team.restored': 'El equipo volvió a quedar como estaba.',
  'rubric.team.rule.sameLevel': 'Las calificaciones coinciden cuando todos eligieron el mismo nivel.',
  'rubric.team.rule.withinOne': 'Las calificaciones coinciden cuando están a un nivel o menos de distancia.',
  'rubric.team.rule.invalid':
    'Se esperaba agreement "same-level" o "within-one"; las calificaciones coinciden solo en el mismo nivel',
  'rubric.team.counts': 'Las calificaciones coinciden en {agreed}, difieren en {disagreed}, nadie calificó {unrated}.',
  'rubric.team.recorded': 'Acordados hasta ahora: {recorded} de {total} indicadores',
  'rubric.team.filter': 'Solo donde no coincidimos',
  'rubric.team.filter.shown': {
    one: 'Un indicador en el que las calificaciones difieren, primero los de mayor desacuerdo.',
    other: '{count} indicadores en los que las calificaciones difieren, primero los de mayor desacuerdo.',
  },
  'rubric.team.filter.none': 'Las calificaciones coinciden en todos los indicadores que cubren.',
  'rubric.team.revealAll': 'Mostrar todos los nombres',
  'rubric.team.reveal': 'Mostrar nombres',
  'rubric.team.hidden': 'Quién eligió cada nivel queda oculto hasta que usted muestre los nombres.',
  'rubric.team.agree': 'Las calificaciones coinciden',
  'rubric.team.differ': 'Las calificaciones difieren',
  'rubric.team.nobody': 'Nadie calificó esto',
  'rubric.team.spread.first': { one: '1 de {total} eligió {label}', other: '{count} de {total} eligieron {label}' },
  'rubric.team.spread.more': { one: '1 eligió {label}', other: '{count} eligieron {label}' },
  'rubric.team.spread.who': '{choice} ({names})',
  'rubric.team.notRated': 'Sin calificar por: {names}',
  'rubric.team.agreed': 'Nivel acordado',
  'rubric.team.agreed.none': 'Todavía no hay nivel acordado',
  'rubric.team.note': 'Nota de la conversación',
  'rubric.team.note.hint': 'Por qué el equipo eligió este nivel.',
  'rubric.team.announce.agreed': 'Se acordó {label}. {recorded} de {total} indicadores acordados.',
  'rubric.team.announce.revealed': 'Nombres visibles.',
  'rubric.priority.mark': 'Una prioridad para nosotros',
  'rubric.team.announce.priority': 'Se marcó {practice} como práctica prioritaria.',
  'rubric.team.announce.notPriority': '{practice} ya no es una práctica prioritaria.',
} as const satisfies Readonly<Record<string, SelMessage>>;
