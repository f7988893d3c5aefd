import { safeParseWith, tileGridLayoutSchema, type SelIssue, type TileGridLayout } from '@sel/core';

// Loaded with `import()` only when a page gives `<sel-status-map>` a layout of its own: the
// default layout from `@sel/data` is checked by its tests, not on every page.

/** A page's tile layout checked: the layout when valid, and its problems at paths under `layout`. */
export function checkLayout(layout: unknown): { layout: TileGridLayout | undefined; issues: SelIssue[] } {
  const parsed = safeParseWith(tileGridLayoutSchema, layout, 'layout');
  if (parsed.ok) return { layout: parsed.value, issues: [] };
  return {
    layout: undefined,
    issues: parsed.error.issues.map((issue) => ({ ...issue, path: ['layout', ...issue.path] })),
  };
}
