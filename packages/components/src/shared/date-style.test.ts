/**
 * One date style across the elements: a day is written the same way in the rubric's growth lines,
 * the assessment report and the milestone timeline (the shared formatter's `long` style, "October
 * 20th, 2025" / "20 de octubre de 2025"), never "Oct 20, 2025" in one and the long form in another.
 */
import { html } from 'lit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment, Community } from '@sel/core';
import { illustrativeAssessmentReport } from '@sel/data';
import { fixture } from '../test/fixture.js';
import { testRubric } from '../rubric/test-rubric.js';
import { formatIsoDate, type SelLocale } from './i18n.js';

interface Settling extends HTMLElement {
  readonly renderComplete: Promise<void>;
}

const shown = (element: Element): string => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

const DAY = '2025-10-20';

const previous = (): Assessment => ({
  id: 'fall-2025',
  rubricId: 'district-test',
  rubricVersion: '1.0.0',
  takenBy: 'District SEL team',
  takenOn: DAY,
  ratings: { cabinet: { level: 1 } },
});

const community = (): Community => ({
  id: 'il-community',
  name: 'Illinois learning community',
  scope: { kind: 'state', state: 'IL' },
  readiness: 'initiating',
  charter: { start: '2025-07-01', end: '2030-06-30' },
  phase: 'detailed-design',
  leadershipTeam: [],
  committees: [],
  members: [],
  districts: [],
  milestones: [
    { id: 'blueprint', title: 'Blueprint finalized', phase: 'detailed-design', due: DAY, status: 'planned' },
  ],
});

beforeAll(async () => {
  await Promise.all([
    import('../rubric/define.js'),
    import('../assessment-report/define.js'),
    import('../milestone-timeline/define.js'),
  ]);
});

describe.each(['en', 'es'] as const)('dates in %s', (locale: SelLocale) => {
  const long = (day: string): string => formatIsoDate(day, locale);
  const medium = (day: string): string => formatIsoDate(day, locale, 'medium');

  it('are written in the same style by the rubric, the report and the timeline', async () => {
    const rubric = await fixture<Settling>(
      html`<sel-rubric .rubric=${testRubric()} .previous=${previous()}></sel-rubric>`,
      { lang: locale },
    );
    // Growth since the previous assessment is drawn once its words have loaded.
    await expect.poll(() => shown(rubric)).toContain(long(DAY));
    expect(shown(rubric)).not.toContain(medium(DAY));

    const report = await fixture<Settling>(
      html`<sel-assessment-report .report=${structuredClone(illustrativeAssessmentReport)}></sel-assessment-report>`,
      { lang: locale },
    );
    await report.renderComplete;
    for (const { takenOn } of illustrativeAssessmentReport.assessments) {
      expect(shown(report)).toContain(long(takenOn));
      expect(shown(report)).not.toContain(medium(takenOn));
    }

    const timeline = await fixture<Settling>(
      html`<sel-milestone-timeline .community=${community()} today="2025-09-01"></sel-milestone-timeline>`,
      { lang: locale },
    );
    await timeline.renderComplete;
    expect(shown(timeline)).toContain(long(DAY));
    expect(shown(timeline)).not.toContain(medium(DAY));
  });
});
