import { literal, type StaticValue } from 'lit/static-html.js';

const headingTags: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/**
 * The heading tag for a `heading-level`: rounded and kept between h1 and h6, so a page author's
 * level never produces an invalid tag; a level that is not a number gives h2.
 */
export function headingTag(level: number): StaticValue {
  const clamped = Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : 2;
  return headingTags[clamped - 1] ?? literal`h2`;
}
