import { describe, expect, it } from 'vitest';
import { COMMITTEES, PHASES, lifecycleTemplateSchema, milestonesFromTemplate, parseWith } from '@sel/core';
import { committeeTexts } from './committees.js';
import { learningCommunityTemplate } from './lifecycle-template.js';

describe('learningCommunityTemplate', () => {
  it('is valid for lifecycleTemplateSchema', () => {
    expect(parseWith(lifecycleTemplateSchema, learningCommunityTemplate, 'lifecycle template')).toEqual(
      learningCommunityTemplate,
    );
  });

  it('runs through every phase in order, with exit milestones that never go back in time', () => {
    expect(learningCommunityTemplate.phases.map((phase) => phase.id)).toEqual([...PHASES]);
    const offsets = learningCommunityTemplate.phases.flatMap((p) => p.exitMilestones.map((m) => m.offsetMonths));
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(Math.max(...offsets)).toBe(60); // a five-year rollout
    for (const phase of learningCommunityTemplate.phases) expect(phase.exitMilestones.length).toBeGreaterThan(0);
  });

  it('has the five committees and the network cadences', () => {
    expect(learningCommunityTemplate.committees).toEqual([...COMMITTEES]);
    const byId = new Map(learningCommunityTemplate.cadences.map((c) => [c.id, c]));
    expect(byId.get('network-meeting')?.every).toEqual({ months: 1 });
    expect(byId.get('research-evaluation-webinar')?.every).toEqual({ months: 2 });
    expect(byId.get('cross-district-meeting')).toMatchObject({ every: { years: 1 }, durationDays: 3 });
  });

  it("becomes dated milestones through core's rules", () => {
    const milestones = milestonesFromTemplate(learningCommunityTemplate, '2027-01-31');
    expect(milestones[0]).toMatchObject({
      id: 'platform-proposals-reviewed',
      due: '2027-03-31',
      phase: 'detailed-design',
    });
    expect(milestones.at(-1)).toMatchObject({ id: 'sustainability-plan-in-place', due: '2032-01-31' });
  });
});

describe('committeeTexts', () => {
  it('describes every committee in English and Spanish', () => {
    expect(Object.keys(committeeTexts).sort()).toEqual([...COMMITTEES].sort());
    for (const text of Object.values(committeeTexts)) {
      expect(text.label.en && text.label.es && text.description.en && text.description.es).toBeTruthy();
    }
  });
});
