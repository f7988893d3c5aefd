import type { BilingualText, PartnerKind } from '@sel/core';

/** How a partner kind is shown to people: a short label and one sentence on who belongs in it. */
export interface PartnerKindText {
  readonly label: BilingualText;
  readonly description: BilingualText;
}

/**
 * Display text for every kind of community partner in `PARTNER_KINDS`, in English and Spanish.
 * Keyed by kind, so adding a kind to core without text here fails to compile.
 */
export const partnerKindTexts: Readonly<Record<PartnerKind, PartnerKindText>> = {
  'out-of-school-time': {
    label: { en: 'Out-of-school-time provider', es: 'Programa fuera del horario escolar' },
    description: {
      en: 'Runs programs before or after school or during the summer.',
      es: 'Ofrece programas antes o después de clases, o durante el verano.',
    },
  },
  'embedded-direct-service': {
    label: { en: 'Embedded direct service provider', es: 'Proveedor de servicios directos en la escuela' },
    description: {
      en: 'Works with students inside the school, often during the school day, such as counseling or mentoring services.',
      es: 'Trabaja con los estudiantes dentro de la escuela, a menudo durante la jornada escolar, por ejemplo con servicios de consejería o mentoría.',
    },
  },
  'community-nonprofit': {
    label: { en: 'Community nonprofit', es: 'Organización comunitaria sin fines de lucro' },
    description: {
      en: 'A nonprofit organization based in the community that serves students or their families.',
      es: 'Una organización sin fines de lucro con sede en la comunidad que atiende a los estudiantes o a sus familias.',
    },
  },
  'health-care': {
    label: { en: 'Health care provider', es: 'Proveedor de atención médica' },
    description: {
      en: 'Provides physical or mental health care to students, at school or nearby.',
      es: 'Brinda atención de salud física o mental a los estudiantes, en la escuela o cerca de ella.',
    },
  },
  'university-research-center': {
    label: { en: 'University research center', es: 'Centro de investigación universitario' },
    description: {
      en: 'A university center that studies, evaluates or supports the work of schools.',
      es: 'Un centro universitario que estudia, evalúa o apoya el trabajo de las escuelas.',
    },
  },
  'college-of-education': {
    label: { en: 'College of education', es: 'Facultad de educación' },
    description: {
      en: 'Prepares teachers and school leaders and may place student teachers or offer professional learning.',
      es: 'Forma a docentes y líderes escolares, y puede enviar maestros en práctica u ofrecer aprendizaje profesional.',
    },
  },
  'mission-driven-foundation': {
    label: { en: 'Mission-driven foundation', es: 'Fundación con una misión social' },
    description: {
      en: 'A foundation that funds or guides work in line with its mission.',
      es: 'Una fundación que financia u orienta proyectos acordes con su misión.',
    },
  },
  'government-agency': {
    label: { en: 'Government agency', es: 'Agencia gubernamental' },
    description: {
      en: 'A city, county, state or federal agency that works with the school community.',
      es: 'Una agencia municipal, del condado, estatal o federal que colabora con la comunidad escolar.',
    },
  },
  'local-business': {
    label: { en: 'Local business', es: 'Empresa local' },
    description: {
      en: 'A business in the area that supports students through volunteers, internships, donations or events.',
      es: 'Una empresa de la zona que apoya a los estudiantes con voluntarios, pasantías, donaciones o eventos.',
    },
  },
  other: {
    label: { en: 'Other partner', es: 'Otro aliado' },
    description: {
      en: 'Any partner that fits none of the kinds above.',
      es: 'Cualquier aliado que no corresponda a ninguna de las categorías anteriores.',
    },
  },
};
