/** The keys that move between squares: the arrows, Home and End. */
const NAVIGATION_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
]);

/**
 * Whether `key` (a `KeyboardEvent.key`) moves between squares. The moves themselves
 * (`tile-navigation.ts`) come with the map's on-demand views.
 */
export function isTileNavigationKey(key: string): boolean {
  return NAVIGATION_KEYS.has(key);
}
