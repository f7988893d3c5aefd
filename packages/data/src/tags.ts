import type { Tag } from '@sel/core';

/**
 * The controlled tag vocabulary. Every resource tag and every rubric indicator tag is one of these
 * slugs. Slugs are stable; labels may be reworded. Spanish labels spell out "aprendizaje
 * socioemocional" where English says SEL, and keep the English acronym MTSS, as US districts do.
 */
export const tagVocabulary = [
  // Tags the district resource pages use.
  { slug: 'sel-partnerships', label: { en: 'SEL partnerships', es: 'Alianzas para el aprendizaje socioemocional' } },
  { slug: 'equity', label: { en: 'Equity', es: 'Equidad' } },
  { slug: 'hiring-practices', label: { en: 'Hiring practices', es: 'Prácticas de contratación' } },
  { slug: 'culture-and-climate', label: { en: 'Culture and climate', es: 'Cultura y clima escolar' } },
  {
    slug: 'integrate-with-district-priorities',
    label: { en: 'Integrate with district priorities', es: 'Integración con las prioridades del distrito' },
  },
  {
    slug: 'district-sel-expertise',
    label: { en: 'District SEL expertise', es: 'Conocimientos del distrito sobre aprendizaje socioemocional' },
  },
  {
    slug: 'sel-and-academic-integration',
    label: { en: 'SEL and academic integration', es: 'Integración del aprendizaje socioemocional y lo académico' },
  },
  {
    slug: 'district-organizational-charts',
    label: { en: 'District organizational charts', es: 'Organigramas del distrito' },
  },
  {
    slug: 'human-and-financial-resource-alignment',
    label: { en: 'Human and financial resource alignment', es: 'Alineación de recursos humanos y financieros' },
  },
  { slug: 'trauma', label: { en: 'Trauma', es: 'Trauma' } },
  { slug: 'mtss', label: { en: 'MTSS', es: 'Sistema de apoyo de múltiples niveles (MTSS)' } },
  { slug: 'professional-learning', label: { en: 'Professional learning', es: 'Aprendizaje profesional' } },
  { slug: 'community-partnerships', label: { en: 'Community partnerships', es: 'Alianzas con la comunidad' } },
  { slug: 'community-relations', label: { en: 'Community relations', es: 'Relaciones con la comunidad' } },
  { slug: 'out-of-school', label: { en: 'Out of school', es: 'Fuera del horario escolar' } },
  { slug: 'communications', label: { en: 'Communications', es: 'Comunicaciones' } },
  { slug: 'school-board', label: { en: 'School board', es: 'Junta escolar' } },
  { slug: 'budgeting', label: { en: 'Budgeting', es: 'Presupuesto' } },
  { slug: 'fundraising', label: { en: 'Fundraising', es: 'Recaudación de fondos' } },
  { slug: 'sel-overview', label: { en: 'SEL overview', es: 'Introducción al aprendizaje socioemocional' } },
  { slug: 'implementation-plan', label: { en: 'Implementation plan', es: 'Plan de implementación' } },
  {
    slug: 'college-and-career-readiness',
    label: { en: 'College and career readiness', es: 'Preparación para la universidad y la vida profesional' },
  },
  { slug: 'job-descriptions', label: { en: 'Job descriptions', es: 'Descripciones de puestos' } },
  // Tags for the tools, communities and reports the other pages describe, and for rubric indicators.
  { slug: 'leadership', label: { en: 'Leadership', es: 'Liderazgo' } },
  { slug: 'superintendents-cabinet', label: { en: "Superintendent's cabinet", es: 'Gabinete del superintendente' } },
  {
    slug: 'cross-department-collaboration',
    label: { en: 'Cross-department collaboration', es: 'Colaboración entre departamentos' },
  },
  { slug: 'strategic-planning', label: { en: 'Strategic planning', es: 'Planificación estratégica' } },
  { slug: 'school-improvement', label: { en: 'School improvement', es: 'Mejora escolar' } },
  { slug: 'school-leaders', label: { en: 'School leaders', es: 'Líderes escolares' } },
  { slug: 'learning-communities', label: { en: 'Learning communities', es: 'Comunidades de aprendizaje' } },
  { slug: 'adult-sel', label: { en: 'Adult SEL', es: 'Aprendizaje socioemocional de los adultos' } },
  { slug: 'mental-health', label: { en: 'Mental health', es: 'Salud mental' } },
  { slug: 'health-and-wellness', label: { en: 'Health and wellness', es: 'Salud y bienestar' } },
  { slug: 'family-engagement', label: { en: 'Family engagement', es: 'Participación de las familias' } },
  { slug: 'continuous-improvement', label: { en: 'Continuous improvement', es: 'Mejora continua' } },
  { slug: 'research-and-evaluation', label: { en: 'Research and evaluation', es: 'Investigación y evaluación' } },
  { slug: 'data-sharing', label: { en: 'Data sharing', es: 'Intercambio de datos' } },
  { slug: 'sustainability', label: { en: 'Sustainability', es: 'Sostenibilidad' } },
] as const satisfies readonly Tag[];

/** A slug of the controlled vocabulary. */
export type TagSlug = (typeof tagVocabulary)[number]['slug'];

/** A language the catalog ships labels in. */
export type CatalogLocale = 'en' | 'es';

let labelsBySlug: ReadonlyMap<string, Tag['label']> | undefined;

/**
 * The display label of a tag in `locale`. A slug outside the vocabulary (say, from newer data)
 * is returned as it is, so a list of tags always renders.
 */
export function tagLabel(slug: string, locale: CatalogLocale = 'en'): string {
  labelsBySlug ??= new Map(tagVocabulary.map((tag) => [tag.slug, tag.label]));
  return labelsBySlug.get(slug)?.[locale] ?? slug;
}
