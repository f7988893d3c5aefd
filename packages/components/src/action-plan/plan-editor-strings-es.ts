import type { SelMessage } from '../shared/strings/message.js';

/** The Spanish words of `<sel-action-plan>`'s editor (usted form). */
export const planEditorEs = {
  'plan.field.title': 'Título del plan',
  'plan.field.statement': 'Meta S.M.A.R.T.',
  'plan.field.measure': 'Cómo sabremos que se logró',
  'plan.field.description': 'Qué se hará',
  'plan.field.owner': 'Responsable',
  'plan.field.due': 'Fecha límite',
  'plan.field.item': 'Elemento {number}',
  'plan.field.optional': '{field} (opcional)',
  'plan.item.step': 'Paso {number}',
  'plan.item.person': 'Persona {number}',
  'plan.item.row': 'Fila {number}',
  'plan.action.addGoal': 'Agregar una meta',
  'plan.action.addStep': 'Agregar un paso',
  'plan.action.addItem': 'Agregar un elemento',
  'plan.action.addPerson': 'Agregar una persona',
  'plan.action.addRow': 'Agregar una fila',
  'plan.action.up': 'Subir',
  'plan.action.down': 'Bajar',
  'plan.action.remove': 'Quitar',
  'plan.error.title': 'Hay un problema',
  'plan.error.empty': '{field}: no puede quedar vacío',
  'plan.error.date': '{field}: escriba una fecha real',
  'plan.announce.added': 'Se agregó: {item}.',
  'plan.announce.moved': '{item} pasó a la posición {number}.',
  'plan.announce.removed': 'Se quitó: {item}.',
  'plan.evidence.heading':
    'Metas propuestas a partir de la evaluación (primero las prioridades, luego las calificaciones más bajas)',
  'plan.evidence.add': 'Agregar como meta',
} as const satisfies Readonly<Record<string, SelMessage>>;
