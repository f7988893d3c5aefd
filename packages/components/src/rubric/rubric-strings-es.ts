import type { SelMessage } from '../shared/strings/message.js';

/** The Spanish strings of `<sel-rubric>` (usted form, neutral Latin American Spanish). */
export const rubricEs = {
  'rubric.focusArea': 'Área de enfoque {number}: {title}',
  'rubric.fullImplementation': 'Implementación plena:',
  'rubric.priority': 'Práctica prioritaria',
  'rubric.level': 'Nivel {value}: {label}',
  'rubric.chosen': 'Elegido',
  'rubric.notRated': 'Todavía sin calificar',
  'rubric.evidence': 'Evidencia de esta calificación',
  'rubric.evidence.hint': 'Notas o enlaces que muestren en qué punto está.',
  'rubric.evidence.pending': 'Elija un nivel para guardar esta nota junto con la calificación.',
  'rubric.evidence.none': 'No se anotó evidencia.',
  'rubric.summary.overall': 'Toda la rúbrica',
  'rubric.summary.rated': '{rated} de {total} indicadores calificados',
  'rubric.summary.average': 'Nivel promedio {mean}: {label}',
  'rubric.summary.noRatings': 'Todavía no hay calificaciones',
  'rubric.summary.priorities': 'Prácticas prioritarias: nivel promedio {mean}: {label}',
  'rubric.summary.prioritiesNone': 'Prácticas prioritarias: todavía no hay calificaciones',
  'rubric.stage': 'Etapa de preparación: {stage}',
  'rubric.stage.notEnough':
    'Etapa de preparación: aún faltan calificaciones (califique al menos la mitad de los indicadores)',
  'rubric.previous.badge': 'La vez anterior',
  'rubric.announce':
    '{area}: {rated} de {total} calificados. {overallRated} de {overallTotal} calificados en toda la rúbrica.',
  'rubric.drawing': 'Se muestran {shown} de {count} indicadores',
  'rubric.drawn': 'Se muestran los {count} indicadores',
  'rubric.export': 'Exportar mi evaluación (archivo JSON)',
} as const satisfies Readonly<Record<string, SelMessage>>;
