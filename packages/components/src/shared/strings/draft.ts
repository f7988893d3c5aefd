import type { SelMessage } from './en.js';

// The autosaved draft's words live apart from the shared catalog: they are loaded with the draft
// store, only on pages where an element autosaves. `strings` overrides them like any other key.

/** The English words of autosaved drafts, and the source of their keys. */
export const draftEn = {
  'draft.offer': 'Restore your unsaved changes from {time}?',
  'draft.restore': 'Restore',
  'draft.discard': 'Discard',
  'draft.restored': 'Your changes from {time} are back.',
  'draft.discarded': 'The unsaved changes were discarded.',
  'draft.asideData':
    'Changes saved at {time} were made on another version of this content, so they were not applied. They are kept aside in this browser.',
  'draft.asideKind':
    'Changes saved at {time} under this name belong to another kind of form, so they were not applied. They are kept aside in this browser.',
  'draft.keepAside': 'Keep them aside',
  'draft.deleteAside': 'Delete them',
  'draft.saved': 'Draft kept in this browser ({time}).',
  'draft.clear': 'Clear draft',
  'draft.cleared': 'The draft was deleted from this browser.',
  'draft.unavailable':
    'Drafts are not being kept in this browser: changes made here are lost if the page closes before you submit.',
  'draft.elsewhere':
    'This form is also open in another tab or window. The change saved last, in either one, is the draft kept.',
  'draft.savedElsewhere':
    'Another tab or window saved changes to this form at {time}. Your next change here replaces them.',
  'draft.replaced': 'Your changes here replaced the ones another tab or window saved at {time}.',
  'draft.clearedElsewhere': 'Another tab or window submitted or deleted the draft of this form.',
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of the drafts' words. */
export type DraftMessageKey = keyof typeof draftEn;

/** The drafts' words in one language: every key (the compiler checks the Spanish). */
export type DraftCatalog = { readonly [K in DraftMessageKey]: SelMessage };

/** The Spanish words of autosaved drafts. */
export const draftEs: DraftCatalog = {
  'draft.offer': '¿Restaurar los cambios sin enviar guardados a las {time}?',
  'draft.restore': 'Restaurar',
  'draft.discard': 'Descartar',
  'draft.restored': 'Se recuperaron sus cambios de las {time}.',
  'draft.discarded': 'Se descartaron los cambios sin enviar.',
  'draft.asideData':
    'Los cambios guardados a las {time} se hicieron en otra versión de este contenido, por eso no se aplicaron. Se guardan aparte en este navegador.',
  'draft.asideKind':
    'Los cambios guardados a las {time} con este nombre pertenecen a otro tipo de formulario, por eso no se aplicaron. Se guardan aparte en este navegador.',
  'draft.keepAside': 'Guardarlos aparte',
  'draft.deleteAside': 'Eliminarlos',
  'draft.saved': 'Borrador guardado en este navegador ({time}).',
  'draft.clear': 'Borrar borrador',
  'draft.cleared': 'Se eliminó el borrador de este navegador.',
  'draft.unavailable':
    'No se están guardando borradores en este navegador: los cambios se pierden si la página se cierra antes de enviar.',
  'draft.elsewhere':
    'Este formulario también está abierto en otra pestaña o ventana. Se conserva como borrador el último cambio guardado en cualquiera de ellas.',
  'draft.savedElsewhere':
    'Otra pestaña o ventana guardó cambios en este formulario a las {time}. Su próximo cambio aquí los reemplaza.',
  'draft.replaced': 'Sus cambios aquí reemplazaron los que otra pestaña o ventana guardó a las {time}.',
  'draft.clearedElsewhere': 'Otra pestaña o ventana envió o eliminó el borrador de este formulario.',
};
