// What the district workspace walk must have seen, the same in every engine, and the page's
// download through the autoloader, printed beside the CDN issue's goal.
import { expect } from 'vitest';
import { CHECKED_IN_BY, downloadReport, IMPORTED, RATED, WEAK, type Walk } from './district-workspace-scenario.js';

/** Checks the walk and prints the download; `record` is what the page's recorder heard. */
export function expectTheCycle(walk: Walk, record: readonly string[], engine: string): void {
  // axe on the whole page, shadow roots included, at each stage.
  expect(Object.keys(walk.axe)).toEqual([
    'loaded',
    'assessed and planned',
    'partners',
    'reloaded and restored',
    'sent',
  ]);
  for (const [stage, violations] of Object.entries(walk.axe)) expect(violations, stage).toEqual([]);

  // The report gained the round being rated, and the plan took a resource for the weak indicator.
  expect(walk.reportBefore).toContain('3 rounds');
  expect(walk.reportAfter).toContain('4 rounds');
  expect(walk.reportAfter).toMatch(new RegExp(`${String(RATED.length)} of \\d+ rated`));
  expect(walk.chosen.id).not.toBe('');
  // A resource for an indicator without a goal stays out of both plans: the district plan has no
  // goal for it, and the partner plan takes resources from its own section only.
  expect(walk.goalless.title).not.toBe(walk.chosen.title);
  expect(walk.goalless.districtGained).toEqual([walk.chosen.id]);
  expect(walk.goalless.partnerGained).toEqual([]);

  // After the reload, everything is back.
  const levels = Object.fromEntries(RATED.map((id) => [id, id === WEAK ? 1 : 3]));
  expect(walk.restored.ratings).toEqual(levels);
  expect(walk.restored.reportRounds).toBe(4);
  expect(walk.restored.planResources).toContain(walk.chosen.id);
  expect(walk.restored.tier).toBe('clearly-supports');
  expect(walk.restored.checkIns).toBe(1);
  expect(walk.restored.touchpointsText).toContain(IMPORTED.name);

  // What the district's server receives: one JSON entry per element, under its name.
  const partners = walk.received['partners-form'] ?? {};
  expect(Object.keys(partners).sort()).toEqual(['tiers', 'workbook']);
  const workbook = JSON.parse(partners['workbook'] ?? '{}') as {
    partners: { id: string; name: string; kind: string }[];
    assignments: Record<string, string>;
    touchpoints: { partnerId: string; by: string }[];
  };
  expect(workbook.partners).toContainEqual(
    expect.objectContaining({ id: IMPORTED.id, name: IMPORTED.name, kind: 'out-of-school-time' }),
  );
  expect(workbook.assignments[IMPORTED.id]).toBe('clearly-supports');
  expect(workbook.touchpoints).toContainEqual(expect.objectContaining({ partnerId: IMPORTED.id, by: CHECKED_IN_BY }));
  expect(JSON.parse(partners['tiers'] ?? '{}')).toMatchObject({ [IMPORTED.id]: 'clearly-supports' });

  const assessment = JSON.parse(walk.received['assessment-form']?.['assessment'] ?? '{}') as {
    id: string;
    ratings: Record<string, { level: number }>;
  };
  expect(Object.keys(walk.received['assessment-form'] ?? {})).toEqual(['assessment']);
  expect(assessment.id).toBe('this-round');
  expect(Object.fromEntries(Object.entries(assessment.ratings).map(([id, r]) => [id, r.level]))).toEqual(levels);

  const plan = JSON.parse(walk.received['plan-form']?.['plan'] ?? '{}') as {
    goals: { indicatorIds?: string[]; resourceIds?: string[] }[];
  };
  expect(Object.keys(walk.received['plan-form'] ?? {})).toEqual(['plan']);
  expect(plan.goals.find((goal) => goal.indicatorIds?.includes(WEAK))?.resourceIds).toContain(walk.chosen.id);

  // No policy violation, uncaught error or sel-error on any page of the walk.
  expect(record).toEqual([]);

  const download = downloadReport(walk.fetched);
  console.log(`${engine}: ${download.line}`);
  expect(download.fetched).toBeGreaterThanOrEqual(download.statically);
}
