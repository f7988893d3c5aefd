import type { BilingualText, PartnerKind } from '@sel/core';

/** How a partner kind is shown to people: a short label and one sentence on who belongs in it. */
export interface PartnerKindText {
  readonly label: BilingualText;
  readonly description: BilingualText;
}

/**
 * The short label of every kind of community partner in `PARTNER_KINDS`, in English and Spanish:
 * what a card or a list shows. Kept apart from the descriptions so that a page showing labels
 * only (the partner card sort) does not download the sentences.
 */
export const partnerKindLabels: Readonly<Record<PartnerKind, BilingualText>> = {
  'out-of-school-time': { en: 'Out-of-school-time provider', es: 'Programa fuera del horario escolar' },
  'embedded-direct-service': {
    en: 'Embedded direct service provider',
    es: 'Proveedor de servicios directos en la escuela',
  },
  'community-nonprofit': { en: 'Community nonprofit', es: 'Organización comunitaria sin fines de lucro' },
  'health-care': { en: 'Health care provider', es: 'Proveedor de atención médica' },
  'university-research-center': { en: 'University research center', es: 'Centro de investigación universitario' },
  'college-of-education': { en: 'College of education', es: 'Facultad de educación' },
  'mission-driven-foundation': { en: 'Mission-driven foundation', es: 'Fundación con una misión social' },
  'government-agency': { en: 'Government agency', es: 'Agencia gubernamental' },
  'local-business': { en: 'Local business', es: 'Empresa local' },
  other: { en: 'Other partner', es: 'Otro aliado' },
};

/** One sentence per kind on who belongs in it, in English and Spanish. */
export const partnerKindDescriptions: Readonly<Record<PartnerKind, BilingualText>> = {
  'out-of-school-time': {
    en: 'Runs programs before or after school or during the summer.',
    es: 'Ofrece programas antes o después de clases, o durante el verano.',
  },
  'embedded-direct-service': {
    en: 'Works with students inside the school, often during the school day, such as counseling or mentoring services.',
    es: 'Trabaja con los estudiantes dentro de la escuela, a menudo durante la jornada escolar, por ejemplo con servicios de consejería o mentoría.',
  },
  'community-nonprofit': {
    en: 'A nonprofit organization based in the community that serves students or their families.',
    es: 'Una organización sin fines de lucro con sede en la comunidad que atiende a los estudiantes o a sus familias.',
  },
  'health-care': {
    en: 'Provides physical or mental health care to students, at school or nearby.',
    es: 'Brinda atención de salud física o mental a los estudiantes, en la escuela o cerca de ella.',
  },
  'university-research-center': {
    en: 'A university center that studies, evaluates or supports the work of schools.',
    es: 'Un centro universitario que estudia, evalúa o apoya el trabajo de las escuelas.',
  },
  'college-of-education': {
    en: 'Prepares teachers and school leaders and may place student teachers or offer professional learning.',
    es: 'Forma a docentes y líderes escolares, y puede enviar maestros en práctica u ofrecer aprendizaje profesional.',
  },
  'mission-driven-foundation': {
    en: 'A foundation that funds or guides work in line with its mission.',
    es: 'Una fundación que financia u orienta proyectos acordes con su misión.',
  },
  'government-agency': {
    en: 'A city, county, state or federal agency that works with the school community.',
    es: 'Una agencia municipal, del condado, estatal o federal que colabora con la comunidad escolar.',
  },
  'local-business': {
    en: 'A business in the area that supports students through volunteers, internships, donations or events.',
    es: 'Una empresa de la zona que apoya a los estudiantes con voluntarios, pasantías, donaciones o eventos.',
  },
  other: {
    en: 'Any partner that fits none of the kinds above.',
    es: 'Cualquier aliado que no corresponda a ninguna de las categorías anteriores.',
  },
};

function pairTexts(
  labels: Readonly<Record<PartnerKind, BilingualText>>,
  descriptions: Readonly<Record<PartnerKind, BilingualText>>,
): Readonly<Record<PartnerKind, PartnerKindText>> {
  const kinds = Object.keys(labels) as PartnerKind[];
  return Object.fromEntries(
    kinds.map((kind) => [kind, { label: labels[kind], description: descriptions[kind] }]),
  ) as Record<PartnerKind, PartnerKindText>;
}

/**
 * Display text for every kind of community partner in `PARTNER_KINDS`, in English and Spanish:
 * the label and the description together. Keyed by kind, so adding a kind to core without text
 * here fails to compile.
 */
export const partnerKindTexts: Readonly<Record<PartnerKind, PartnerKindText>> = /* @__PURE__ */ pairTexts(
  partnerKindLabels,
  partnerKindDescriptions,
);
