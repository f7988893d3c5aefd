// The kinds of community partner, apart from the schemas that use them (partner.ts), so a plain-code
// reader and an inventory's table bring them without zod.

/**
 * The kinds of community partner a school community usually works with, as slugs:
 * out-of-school-time providers (before- and after-school programs), embedded direct service
 * providers, community-based nonprofits, health care providers, university research centers,
 * colleges of education, mission-driven foundations, government agencies and local businesses,
 * plus `other` for anything else.
 */
export const PARTNER_KINDS = [
  'out-of-school-time',
  'embedded-direct-service',
  'community-nonprofit',
  'health-care',
  'university-research-center',
  'college-of-education',
  'mission-driven-foundation',
  'government-agency',
  'local-business',
  'other',
] as const;
