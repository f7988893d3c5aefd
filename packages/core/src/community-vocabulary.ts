// The vocabularies of a learning community, apart from the schemas that use them (community.ts), so
// a plain-code reader brings them without zod.

/**
 * The phases of a learning community's lifecycle, in order: detailed design, launch, scale and
 * improve, replan, leadership transition. Which moves between them are allowed is decided in
 * `lifecycle.ts`.
 */
export const PHASES = ['detailed-design', 'launch', 'scale-and-improve', 'replan', 'leadership-transition'] as const;

/** The standing committees that support a community's leadership team. */
export const COMMITTEES = ['advisory', 'welcoming', 'best-practices', 'events', 'model-schools'] as const;

/** Who takes part in a community. */
export const MEMBER_KINDS = [
  'consultant',
  'district-leader',
  'district-staff',
  'school-staff',
  'partner',
  'program-provider',
] as const;

/**
 * Two-letter USPS codes of the 50 states, the District of Columbia and the five inhabited
 * territories (whose public schools serve US students too).
 */
export const US_STATE_CODES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY',
  'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND',
  'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
  'DC', 'AS', 'GU', 'MP', 'PR', 'VI',
] as const; // prettier-ignore

/** The states a milestone's own record can be in, as its owner reports them. */
export const MILESTONE_STATUSES = ['planned', 'in-progress', 'done'] as const;
