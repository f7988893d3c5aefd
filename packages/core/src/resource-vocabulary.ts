// The vocabularies of the resource catalog, apart from its schemas (resource.ts), so a plain-code
// reader and a finder's filters bring them without zod.

/**
 * The four focus areas of the district model, by number:
 * 1 build foundational support and plan; 2 strengthen adult SEL competencies and capacity;
 * 3 promote SEL for students; 4 reflect on data for continuous improvement.
 * Resources name focus areas by these numbers; rubric focus areas carry the same `number`.
 */
export const FOCUS_AREA_NUMBERS = [1, 2, 3, 4] as const;

/** What a resource is, as a thing a reader opens. */
export const RESOURCE_KINDS = [
  'report',
  'tool',
  'org-chart',
  'brochure',
  'presentation',
  'menu-of-supports',
  'guide',
  'video',
  'webinar',
  'web-page',
  'learning-community',
  'event',
] as const;

/** Who a resource is mainly written for. */
export const RESOURCE_AUDIENCES = [
  'superintendents',
  'cabinet',
  'district-sel-team',
  'district-leaders',
  'equity-leaders',
  'principal-supervisors',
  'school-leaders',
  'school-sel-team',
  'teachers',
  'school-board',
  'researchers',
  'community-partners',
  'families',
] as const;

/**
 * Where a resource comes from: an artifact a district or school shared from its own work,
 * or a resource to learn more (reports, guides, tools and communities from organisations).
 */
export const RESOURCE_ORIGINS = ['district-artifact', 'learn-more'] as const;
