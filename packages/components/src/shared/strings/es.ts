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
};
