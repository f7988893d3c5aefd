import type { BilingualText, Committee } from '@sel/core';

/** How a committee is shown to people: its name and what it does. */
export interface CommitteeText {
  readonly label: BilingualText;
  readonly description: BilingualText;
}

/** Display text for the standing committees of a learning community, in English and Spanish. */
export const committeeTexts: Readonly<Record<Committee, CommitteeText>> = {
  advisory: {
    label: { en: 'Advisory', es: 'Comité asesor' },
    description: {
      en: 'Steers the community: leadership, organizational design and direction.',
      es: 'Orienta a la comunidad: liderazgo, diseño organizativo y dirección.',
    },
  },
  welcoming: {
    label: { en: 'Welcoming', es: 'Comité de bienvenida' },
    description: {
      en: 'Recruits new members and keeps in touch with them so relationships and collaboration can grow.',
      es: 'Recluta a nuevos miembros y se mantiene en contacto con ellos para que crezcan las relaciones y la colaboración.',
    },
  },
  'best-practices': {
    label: { en: 'Best Practices', es: 'Comité de buenas prácticas' },
    description: {
      en: 'Runs the question-and-answer forums, the monthly best practices call and surveys, and shares tools.',
      es: 'Coordina los foros de preguntas y respuestas, la llamada mensual de buenas prácticas y las encuestas, y comparte herramientas.',
    },
  },
  events: {
    label: { en: 'Events', es: 'Comité de eventos' },
    description: {
      en: 'Supports launch events and local gatherings.',
      es: 'Apoya los eventos de lanzamiento y los encuentros locales.',
    },
  },
  'model-schools': {
    label: { en: 'Model Schools', es: 'Comité de escuelas modelo' },
    description: {
      en: 'Gets to know model schools over time and shares their stories and case studies across the community and the state.',
      es: 'Conoce a fondo las escuelas modelo y difunde sus experiencias y estudios de caso en la comunidad y en el estado.',
    },
  },
};
