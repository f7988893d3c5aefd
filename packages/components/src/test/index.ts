// Test helpers for @sel/components browser tests (not part of the published package).
export { fixture, cleanupFixtures, type FixtureOptions } from './fixture.js';
export {
  expectNoAxeViolations,
  axeViolations,
  formatAxeViolations,
  AXE_WCAG_TAGS,
  type AxeCheckOptions,
} from './axe.js';
export { shadowActiveElement } from './focus.js';
export { nextEvent } from './events.js';
export { holdAnimationFrames, type HeldFrames } from './frames.js';
export { canRunInTimeZone, canSwitchTimeZone, currentTimeZone, useTimeZone } from './time-zone.js';
