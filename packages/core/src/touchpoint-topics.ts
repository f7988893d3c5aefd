// The topics of a check-in with a partner, apart from the schemas that use them (touchpoint.ts), so
// a plain-code reader brings them without zod.

/**
 * The topics an SEL team comes back to with each partner as the partnership grows:
 *
 * - `understanding-sel-practices`: where young people grow socially and emotionally in the
 *   partner's setting, how the partner's goals line up with SEL, what each side can share;
 * - `creating-a-shared-vision`: exchanging visions of SEL and perhaps writing one together;
 * - `spreading-the-word`: sharing SEL news with each side's networks, families included;
 * - `fostering-collaboration`: joint professional learning, adult SEL, cross-site visits.
 */
export const TOUCHPOINT_TOPICS = [
  'understanding-sel-practices',
  'creating-a-shared-vision',
  'spreading-the-word',
  'fostering-collaboration',
] as const;
