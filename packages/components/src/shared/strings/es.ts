import type { SelCatalog } from './en.js';

/** The Spanish catalog (usted form, neutral Latin American Spanish). */
export const es: SelCatalog = {
  // Compartidos por todos los elementos con datos.
  'data.loading': 'Cargando…',
  'data.empty': 'Todavía no hay nada que mostrar.',
  'error.title': 'No se pudo mostrar este contenido',
  'error.summary': {
    one: 'Se encontró un problema en los datos de {source}:',
    other: 'Se encontraron {count} problemas en los datos de {source}:',
  },
  'error.more': { one: '…y un problema más.', other: '…y {count} problemas más.' },
  'error.keptPrevious': 'Se sigue mostrando la última versión válida y no se perdió nada de lo que usted ingresó.',
  'error.source.property': 'el script de la página',
  'error.source.src': 'el archivo enlazado',
  'error.source.inline': 'los datos pegados en la página',
  'action.retry': 'Intentar de nuevo',
  'form.incomplete': { one: 'Falta responder un elemento.', other: 'Faltan por responder {count} elementos.' },
  // <sel-rubric>
  'rubric.label': 'Rúbrica: {title}',
  'rubric.focusArea': 'Área de enfoque {number}: {title}',
  'rubric.fullImplementation': 'Implementación plena:',
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
  'rubric.stage': 'Etapa de preparación: {stage}',
  'rubric.stage.initiating': 'Inicio',
  'rubric.stage.improving': 'Mejora',
  'rubric.stage.innovating': 'Innovación',
  'rubric.stage.notEnough':
    'Etapa de preparación: aún faltan calificaciones (califique al menos la mitad de los indicadores)',
  'rubric.previous.badge': 'La vez anterior',
  'rubric.previous.rating': 'La vez anterior ({date}): nivel {value}, {label}',
  'rubric.previous.unrated': 'La vez anterior ({date}): sin calificar',
  'rubric.growth.up': { one: 'Subió un nivel desde entonces.', other: 'Subió {count} niveles desde entonces.' },
  'rubric.growth.down': { one: 'Bajó un nivel desde entonces.', other: 'Bajó {count} niveles desde entonces.' },
  'rubric.growth.same': 'Mismo nivel que entonces.',
  'rubric.growth.average': 'Nivel promedio el {date}: {before}; ahora: {after}',
  'rubric.growth.counts': 'Desde entonces: {improved} mejoraron, {declined} bajaron, {unchanged} sin cambio',
  'rubric.announce':
    '{area}: {rated} de {total} calificados. {overallRated} de {overallTotal} calificados en toda la rúbrica.',
};
