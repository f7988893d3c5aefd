import { describe, expect, it } from 'vitest';
import type { CSSResult, CSSResultGroup } from 'lit';
import { planEditorStyles } from '../action-plan/plan-editor.styles.js';
import { actionPlanStyles } from '../action-plan/sel-action-plan.styles.js';
import { assessmentReportStyles } from '../assessment-report/sel-assessment-report.styles.js';
import { milestoneTimelineStyles } from '../milestone-timeline/sel-milestone-timeline.styles.js';
import { partnerCardSortStyles } from '../partner-card-sort/sel-partner-card-sort.styles.js';
import { partnerInventoryStyles } from '../partner-inventory/sel-partner-inventory.styles.js';
import { partnerTouchpointsStyles } from '../partner-touchpoints/sel-partner-touchpoints.styles.js';
import { workbookStyles } from '../partner-workbook/workbook.styles.js';
import { resourceFinderStyles } from '../resource-finder/sel-resource-finder.styles.js';
import { rubricStyles } from '../rubric/sel-rubric.styles.js';
import { teamStyles } from '../rubric/team.styles.js';
import { statusMapViewStyles } from '../status-map/status-map-views.styles.js';
import { statusMapStyles } from '../status-map/sel-status-map.styles.js';
import { draftStyles } from './draft.styles.js';
import { tokenStyles } from './tokens.styles.js';

/** scripts/minify-css-templates.mjs, which the CDN build runs over every `css` template. */
interface MinifyCssTemplates {
  readonly minifyCssText: (text: string, position: { first: boolean; last: boolean }) => string;
}
// A computed URL keeps TypeScript from resolving the untyped build script; Vite serves it as is.
const scriptUrl = new URL('../../../../scripts/minify-css-templates.mjs', import.meta.url).href;
const { minifyCssText } = (await import(/* @vite-ignore */ scriptUrl)) as MinifyCssTemplates;

function cssResults(group: CSSResultGroup): CSSResult[] {
  if (Array.isArray(group)) return group.flatMap((each: CSSResultGroup) => cssResults(each));
  return group instanceof CSSStyleSheet ? [] : [group];
}

/**
 * The rules as the browser's CSS parser reads them, serialized. A custom property's value and a
 * `var()` fallback keep their text as written, the space after a comma included, though the comma
 * separates the same values with or without it (the minifier drops it): that space is read as
 * absent on both sides, and every other difference still shows.
 */
function parsedRules(cssText: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/,\s+/g, ','));
}

const stylesheets = {
  tokenStyles,
  draftStyles,
  rubricStyles,
  teamStyles,
  milestoneTimelineStyles,
  partnerCardSortStyles,
  assessmentReportStyles,
  resourceFinderStyles,
  actionPlanStyles,
  planEditorStyles,
  partnerInventoryStyles,
  partnerTouchpointsStyles,
  workbookStyles,
  statusMapStyles,
  statusMapViewStyles,
};

describe('CSS minified for the CDN bundle', () => {
  for (const [name, group] of Object.entries(stylesheets)) {
    it(`${name}: the browser parses exactly the same rules from the minified text`, () => {
      for (const result of cssResults(group)) {
        const minified = minifyCssText(result.cssText, { first: true, last: true });
        const rules = parsedRules(result.cssText);
        expect(rules.length).toBeGreaterThan(3);
        expect(parsedRules(minified)).toEqual(rules);
        expect(minified.length).toBeLessThan(result.cssText.length * 0.9);
      }
    });
  }
});
