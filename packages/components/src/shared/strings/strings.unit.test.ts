/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planEditorStrings } from '../../action-plan/plan-editor-strings.js';
import { planStrings } from '../../action-plan/plan-strings.js';
import { reportStrings } from '../../assessment-report/report-strings.js';
import { reportViewsStrings } from '../../assessment-report/report-views-strings.js';
import { timelineStrings } from '../../milestone-timeline/timeline-strings.js';
import { cardFilterStrings } from '../../partner-card-sort/card-filter-strings.js';
import { partnerDetailsStrings } from '../../partner-card-sort/partner-details-strings.js';
import { cardMovesStrings } from '../../partner-card-sort/card-moves-strings.js';
import { cardSortStrings } from '../../partner-card-sort/card-sort-strings.js';
import { inventoryEditStrings } from '../../partner-inventory/inventory-edit-strings.js';
import { inventoryStrings } from '../../partner-inventory/inventory-strings.js';
import { touchpointEditStrings } from '../../partner-touchpoints/touchpoint-edit-strings.js';
import { touchpointsStrings } from '../../partner-touchpoints/touchpoints-strings.js';
import { finderStrings } from '../../resource-finder/finder-strings.js';
import { rubricGrowthStrings } from '../../rubric/growth-strings.js';
import { rubricMarksStrings } from '../../rubric/marks-strings.js';
import { rubricNavigationStrings } from '../../rubric/navigation-strings.js';
import { rubricStrings } from '../../rubric/rubric-strings.js';
import { rubricTeamStrings } from '../../rubric/team-strings.js';
import { statusMapStrings } from '../../status-map/status-map-strings.js';
import { statusMapViewsStrings } from '../../status-map/status-map-views-strings.js';
import { sharedStrings } from './en.js';
import type { SelStrings } from './message.js';

/** Each element's folder and its own strings; every element also speaks the shared ones. */
const elements: Readonly<Record<string, SelStrings>> = {
  rubric: rubricStrings,
  'milestone-timeline': timelineStrings,
  'partner-card-sort': cardSortStrings,
  'status-map': statusMapStrings,
  'assessment-report': reportStrings,
  'resource-finder': finderStrings,
  'action-plan': planStrings,
  'partner-inventory': inventoryStrings,
  'partner-touchpoints': touchpointsStrings,
};
/** Strings an element loads with a part of it that loads on demand, by the element's folder. */
const onDemand: Readonly<Record<string, readonly SelStrings[]>> = {
  rubric: [rubricTeamStrings, rubricGrowthStrings, rubricMarksStrings, rubricNavigationStrings],
  'partner-card-sort': [cardMovesStrings, cardFilterStrings, partnerDetailsStrings],
  'partner-inventory': [inventoryEditStrings],
  'action-plan': [planEditorStrings],
  'partner-touchpoints': [touchpointEditStrings],
  'status-map': [statusMapViewsStrings],
  'assessment-report': [reportViewsStrings],
};
const parts: Readonly<Record<string, SelStrings>> = {
  shared: sharedStrings,
  ...elements,
  'rubric team mode': rubricTeamStrings,
  'rubric growth': rubricGrowthStrings,
  'rubric required marks': rubricMarksStrings,
  'rubric navigation': rubricNavigationStrings,
  'card sort moves': cardMovesStrings,
  'card sort search': cardFilterStrings,
  'card sort details': partnerDetailsStrings,
  'inventory dialog and import': inventoryEditStrings,
  'action plan editor': planEditorStrings,
  'touchpoints check-in': touchpointEditStrings,
  'status map views': statusMapViewsStrings,
  'report tables and sorting': reportViewsStrings,
};

const source = fileURLToPath(new URL('../..', import.meta.url));

/** The message keys an element's modules name: whole keys, and the prefixes of keys built from a template. */
function keysNamedIn(folder: string): string[] {
  const files = readdirSync(join(source, folder)).filter(
    (name) => name.endsWith('.ts') && !/\.(?:test|stories)\.ts$|^test-|-strings(?:-es)?\.ts$/.test(name),
  );
  const key =
    /['`]((?:data|error|action|form|rubric|timeline|cardsort|statusMap|report|finder|plan|resource|inventory|touchpoints)\.[A-Za-z0-9.-]*)(?=['`$])/g;
  return files.flatMap((name) =>
    [...readFileSync(join(source, folder, name), 'utf8').matchAll(key)].map((m) => m[1] ?? ''),
  );
}

describe('the strings of each part', () => {
  it('has every English key in Spanish, each translated', async () => {
    for (const [name, part] of Object.entries(parts)) {
      const es = await part.es();
      expect(Object.keys(es).sort(), name).toEqual(Object.keys(part.en).sort());
      for (const key of Object.keys(part.en)) {
        const english = JSON.stringify(part.en[key]);
        // A message of placeholders and punctuation alone ("{date} ({id})").
        if (!/[A-Za-z]/.test(english.replace(/\{\w+\}|"\w+":/g, ''))) continue;
        expect(JSON.stringify(es[key]), `${name}: ${key}`).not.toBe(english);
      }
    }
  });

  it('has no key that another part has too', () => {
    const seen = new Map<string, string>();
    for (const [name, part] of Object.entries(parts)) {
      for (const key of Object.keys(part.en)) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });

  it('holds every key its element names, with the shared ones', () => {
    for (const [folder, own] of Object.entries(elements)) {
      const known = [own, ...(onDemand[folder] ?? []), sharedStrings].flatMap((part) => Object.keys(part.en));
      const named = keysNamedIn(folder);
      expect(named.length, folder).toBeGreaterThan(10);
      for (const key of named) {
        const found = key.endsWith('.') ? known.some((each) => each.startsWith(key)) : known.includes(key);
        expect(found, `${folder} names "${key}"`).toBe(true);
      }
    }
  });
});
