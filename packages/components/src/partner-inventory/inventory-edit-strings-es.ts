import type { SelMessage } from '../shared/strings/message.js';

/** The Spanish words of `<sel-partner-inventory>`'s add and edit dialog and its import panel (usted form). */
export const inventoryEditEs = {
  'inventory.field.id': 'Identificador',
  'inventory.field.idHint': 'Si queda vacío, se crea a partir del nombre.',
  'inventory.field.goalsHint': 'Una meta por línea.',
  'inventory.contact.name': 'Nombre',
  'inventory.contact.role': 'Cargo',
  'inventory.contact.email': 'Correo electrónico',
  'inventory.contact.phone': 'Teléfono',
  'inventory.dialog.add': 'Agregar un aliado',
  'inventory.dialog.edit': 'Editar {name}',
  'inventory.dialog.save': 'Guardar',
  'inventory.dialog.cancel': 'Cancelar',
  'inventory.dialog.errors': {
    one: 'Un campo necesita una corrección.',
    other: '{count} campos necesitan una corrección.',
  },
  'inventory.import.heading': 'Importar una hoja de cálculo',
  'inventory.import.paste': 'Pegue las filas de un archivo CSV, primero la fila de encabezados',
  'inventory.import.file': 'O elija un archivo CSV',
  'inventory.import.held': { one: '{what}: una línea, {size}.', other: '{what}: {count} líneas, {size}.' },
  'inventory.import.pasted': 'Pegado',
  'inventory.import.left': 'Por corregir',
  'inventory.import.show': 'Mostrar en el cuadro',
  'inventory.import.clear': 'Borrar el texto',
  'inventory.import.preview': 'Vista previa',
  'inventory.import.close': 'Cerrar la importación',
  'inventory.import.reading': 'Leyendo la hoja de cálculo…',
  'inventory.import.fileError': 'No se pudo leer el archivo: {message}',
  'inventory.import.mapping': 'Qué campo llena cada columna',
  'inventory.import.column': 'Columna "{header}"',
  'inventory.import.ignore': 'No se importa',
  'inventory.import.good': {
    one: 'Una fila está lista para importar.',
    other: '{count} filas están listas para importar.',
  },
  'inventory.import.bad': {
    one: 'Una fila necesita una corrección:',
    other: '{count} filas necesitan una corrección:',
  },
  'inventory.import.problem': 'Fila {row}, columna {column}: {message}',
  'inventory.import.more': { one: '…y un problema más.', other: '…y {count} problemas más.' },
  'inventory.import.run': { one: 'Importar una fila', other: 'Importar {count} filas' },
  'inventory.import.done': { one: 'Se importó un aliado.', other: 'Se importaron {count} aliados.' },
  'inventory.import.kept':
    'Las filas que necesitan una corrección quedan aquí, para corregirlas e importarlas de nuevo.',
  'inventory.import.problems': 'Filas que necesitan una corrección',
  'inventory.import.error.kind':
    'Se esperaba un tipo de aliado (como out-of-school-time, health-care u other); se encontró «{value}»',
  'inventory.import.error.years': 'Se esperaba un número entero de años, p. ej., 4; se encontró «{value}»',
  'inventory.import.error.tier': 'Se esperaba un nivel (1, 2 o 3, o su nombre); se encontró «{value}»',
  'inventory.import.error.duplicateId': 'Se esperaba un ID único, pero «{value}» ya se usa en una fila anterior',
  'inventory.import.error.extraField':
    'Se esperaban como máximo {count} celdas, como en la fila de encabezados, pero esta fila tiene más',
  'inventory.import.error.duplicateColumn':
    'Dos columnas se leen en el mismo campo: elija «No se importa» para una de ellas',
  'inventory.import.error.missingColumn':
    'Se esperaba una columna leída como «{header}»: elija qué columna tiene los nombres de los aliados',
  'inventory.import.error.missingHeader':
    'Se esperaba una fila de encabezados con el nombre de cada columna; no hay filas',
  'inventory.import.error.csv':
    'Se esperaba que cada comilla doble (") abra y cierre una celda completa, como en "texto, con coma"; dentro de una celda entre comillas, escriba una comilla como ""',
  'inventory.import.error.email':
    'Se esperaba una dirección de correo electrónico, p. ej., «nombre@ejemplo.org»; se encontró «{value}»',
  'inventory.import.error.contactName':
    'Falta el nombre del contacto: un contacto con cargo, correo o teléfono lo necesita',
  'inventory.import.error.name': 'Falta el nombre del aliado',
  'inventory.import.error.other': 'No se puede leer esta celda ({message})',
} as const satisfies Readonly<Record<string, SelMessage>>;
