import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { listIndicators, scoreAssessment, setPracticePriority, type Assessment, type Rubric } from '@sel/core';
import { districtFullImplementationRubric, schoolImplementationStagesRubric } from '@sel/data';
import { expectNoAxeViolations, fixture, shadowActiveElement } from '../test/index.js';
import './define.js';
import type { SelRubric } from './sel-rubric.js';

// A rubric without descriptors (CASEL's online shape) is drawn as a compact scale: the level names
// once per practice as column heads, one radio per level in each row, the full-implementation
// statement of each row visible and read with its group.

const SLOW_MACHINE_TIMEOUT = 45_000;
const casel = districtFullImplementationRubric;
const CABINET = 'The SEL lead or team has influence at the cabinet level.';
const row = (name: string) => page.getByRole('group', { name });

function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** CASEL's shape at any size: `count` indicators in practices of ten, statements but no descriptors. */
function labelOnlyRubric(count: number): Rubric {
  const source = listIndicators(casel).map((entry) => entry.indicator);
  const practices = Math.ceil(count / 10);
  return {
    ...casel,
    id: `label-only-${count}`,
    focusAreas: [
      {
        id: 'all-items',
        number: 1,
        title: 'All items',
        practices: Array.from({ length: practices }, (_, p) => ({
          id: `practice-${p + 1}`,
          title: `Practice ${p + 1}`,
          indicators: Array.from({ length: Math.min(10, count - p * 10) }, (_, i) => {
            const position = p * 10 + i;
            const template = source[position % source.length];
            return {
              id: `item-${position + 1}`,
              text: `${position + 1}. ${template?.text ?? ''}`,
              fullImplementation: template?.fullImplementation ?? '',
            };
          }),
        })),
      },
    ],
  };
}

async function mounted(markup: ReturnType<typeof html>): Promise<SelRubric> {
  const first = await fixture(markup);
  const el = first.localName === 'sel-rubric' ? first : first.querySelector('sel-rubric');
  if (!isRubric(el)) throw new Error('missing element');
  await el.renderComplete;
  return el;
}

function isRubric(element: Element | null): element is SelRubric {
  return element?.localName === 'sel-rubric';
}

describe('<sel-rubric> with level labels only', { timeout: SLOW_MACHINE_TIMEOUT }, () => {
  it('names the levels once per practice and gives each row a radio per level with its statement', async () => {
    const el = await mounted(html`<sel-rubric .rubric=${casel}></sel-rubric>`);
    const root = shadow(el);
    expect(root.querySelectorAll('.descriptor')).toHaveLength(0);
    const practices = casel.focusAreas.flatMap((area) => area.practices);
    const headers = root.querySelectorAll('.scale-header');
    expect(headers).toHaveLength(practices.length);
    expect([...(headers[0]?.children ?? [])].map(text)).toEqual([
      'Level 1: No planning or implementation',
      'Level 2: Partially planned and implemented',
      'Level 3: Mostly planned and implemented',
      'Level 4: Fully planned and implemented',
    ]);
    expect(headers[0]?.getAttribute('aria-hidden')).toBe('true');
    const radio = row(CABINET).getByRole('radio', { name: 'Level 3: Mostly planned and implemented' });
    await expect.element(radio).toBeInTheDocument();
    await expect.element(row(CABINET)).toHaveAccessibleDescription(/^Full implementation: The SEL lead meets/);
    const statements = root.querySelectorAll('.full');
    expect(statements).toHaveLength(listIndicators(casel).length);
    expect(text(statements[0])).toMatch(/^Full implementation: The SEL lead meets the superintendent/);
    await expectNoAxeViolations(el);
  });

  it('is rated by keyboard alone: Tab to a row, arrows to a level, and the value follows', async () => {
    const el = await mounted(html`<sel-rubric .rubric=${casel} taken-by="District SEL team"></sel-rubric>`);
    await userEvent.keyboard('{Tab}');
    expect(shadowActiveElement(el)?.getAttribute('name')).toBe('level-sel-lead-cabinet-influence');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await el.updateComplete;
    expect(el.value?.ratings['sel-lead-cabinet-influence']?.level).toBe(3);
    await userEvent.keyboard('{Tab}{Tab}');
    expect(shadowActiveElement(el)?.getAttribute('name')).toBe('level-sel-team-serves-all-students');
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(el.value?.ratings['sel-team-serves-all-students']?.level).toBe(2);
    await expect.element(row(CABINET).getByRole('radio', { name: /^Level 3/ })).toBeChecked();
    await expectNoAxeViolations(el);
  });

  it.each([20, 200])('keeps %i rows compact and in columns on a 360 px phone', async (count) => {
    const el = await mounted(
      html`<div style="inline-size: 360px"><sel-rubric .rubric=${labelOnlyRubric(count)}></sel-rubric></div>`,
    );
    const root = shadow(el);
    expect(root.querySelectorAll('fieldset.indicator')).toHaveLength(count);
    const header = root.querySelector('.scale-header');
    const levels = root.querySelector('.compact .levels');
    if (!header || !levels) throw new Error('no compact scale');
    expect(getComputedStyle(header).gridTemplateColumns.split(' ')).toHaveLength(4);
    expect(getComputedStyle(levels).gridTemplateColumns.split(' ')).toHaveLength(4);
    // Each level's radio sits under its column head.
    const heads = [...header.children].map((head) => head.getBoundingClientRect());
    const radios = [...levels.querySelectorAll('input')].map((radio) => radio.getBoundingClientRect());
    radios.forEach((radio, index) => {
      const head = heads[index];
      if (!head) throw new Error('missing column head');
      expect(radio.left).toBeGreaterThanOrEqual(head.left - 1);
      expect(radio.right).toBeLessThanOrEqual(head.right + 1);
    });
    expect(root.querySelector('.rubric')?.scrollWidth).toBeLessThanOrEqual(360);
    if (count === 20) await expectNoAxeViolations(el);
  });

  it('shows the read-only layout with the chosen level in words and no controls', async () => {
    const assessment: Assessment = {
      id: 'district-2026',
      rubricId: casel.id,
      rubricVersion: casel.version,
      takenBy: 'District SEL team',
      takenOn: '2026-03-02',
      ratings: { 'sel-lead-cabinet-influence': { level: 2, notes: 'Monthly briefings since January.' } },
    };
    const el = await mounted(html`<sel-rubric readonly .rubric=${casel} .assessment=${assessment}></sel-rubric>`);
    const root = shadow(el);
    expect(root.querySelectorAll('input, textarea')).toHaveLength(0);
    const first = root.querySelector('.compact');
    expect(text(first?.querySelector('.is-chosen'))).toBe('Level 2: Partially planned and implemented ✓ Chosen');
    expect(text(first?.querySelector('.notes'))).toBe('Evidence for this rating: Monthly briefings since January.');
    expect(root.querySelectorAll('.scale-header').length).toBeGreaterThan(0);
    await expectNoAxeViolations(el);
  });

  it('draws descriptors and the compact scale side by side in a rubric that mixes them', async () => {
    const el = await mounted(html`<sel-rubric .rubric=${schoolImplementationStagesRubric}></sel-rubric>`);
    const root = shadow(el);
    const rows = [...root.querySelectorAll('fieldset.indicator')];
    const entries = listIndicators(schoolImplementationStagesRubric);
    rows.forEach((fieldset, index) => {
      const described = entries[index]?.indicator.descriptors !== undefined;
      expect(fieldset.classList.contains('compact'), entries[index]?.indicator.id).toBe(!described);
      expect(fieldset.querySelectorAll('.descriptor')).toHaveLength(described ? 5 : 0);
    });
    expect(root.querySelectorAll('.scale-header').length).toBeGreaterThan(0);
    await expectNoAxeViolations(el);
  });

  it.each([
    ["the district rubric of CASEL's shape (level labels only)", casel],
    ['the five-stage school rubric (descriptors on some items)', schoolImplementationStagesRubric],
  ])('rates %s by keyboard, scores it and compares it with last time', async (_shape, shaped) => {
    const [first, second] = listIndicators(shaped).map((entry) => entry.indicator);
    const [lowest, , third] = shaped.levels;
    if (!first || !second || !lowest || !third) throw new Error('the rubric is too small');
    const lastTime: Assessment = {
      id: `${shaped.id}-fall`,
      rubricId: shaped.id,
      rubricVersion: shaped.version,
      takenBy: 'SEL team',
      takenOn: '2025-10-01',
      ratings: { [first.id]: { level: lowest.value }, [second.id]: { level: third.value } },
    };
    const el = await mounted(
      html`<sel-rubric .rubric=${shaped} .previous=${lastTime} taken-by="SEL team"></sel-rubric>`,
    );
    await userEvent.keyboard('{Tab}{ArrowRight}{ArrowRight}');
    await userEvent.keyboard('{Tab}{Tab}{ArrowRight}');
    await el.updateComplete;
    const value = el.value;
    if (!value) throw new Error('nothing rated');
    expect(value.ratings[first.id]?.level).toBe(third.value);
    expect(value.ratings[second.id]?.level).toBe(shaped.levels[1]?.value);

    const root = shadow(el);
    const statuses = [...root.querySelectorAll('.row-status')].map(text);
    expect(statuses[0]).toMatch(/Up 2 levels since then\.$/);
    expect(statuses[1]).toMatch(/Down one level since then\.$/);
    const score = scoreAssessment(shaped, value).overall;
    const overall = text(root.querySelector('[part="summary"]'));
    expect(overall).toContain(`2 of ${listIndicators(shaped).length} indicators rated`);
    expect(overall).toContain(`Average level ${score.mean?.toFixed(1) ?? ''}: ${score.levelLabel ?? ''}`);
    expect(overall).toContain('Since then: 1 improved, 1 declined, 0 unchanged');
    await expectNoAxeViolations(el);
  });

  it('marks the priority practices and scores them in the summary, in English and Spanish', async () => {
    const assessment = setPracticePriority(
      casel,
      {
        id: 'district-2026',
        rubricId: casel.id,
        rubricVersion: casel.version,
        takenBy: 'District SEL team',
        takenOn: '2026-03-02',
        ratings: { 'shared-vision-and-plan': { level: 2 }, 'resources-aligned': { level: 3 } },
      },
      'plan-for-sel',
      true,
    );
    for (const [lang, mark, summary] of [
      ['en', 'Priority practice', 'Priority practices: average level 2.5: Partially planned and implemented'],
      ['es', 'Práctica prioritaria', 'Prácticas prioritarias: nivel promedio 2,5: Partially planned and implemented'],
    ] as const) {
      const el = await fixture<SelRubric>(html`<sel-rubric .rubric=${casel} .assessment=${assessment}></sel-rubric>`, {
        lang,
      });
      const root = shadow(el);
      const marks = [...root.querySelectorAll('.priority')].map(text);
      expect(marks).toEqual([`★ ${mark}`]);
      expect(text(root.querySelector('[part="summary"]'))).toContain(summary);
      await expectNoAxeViolations(el);
    }
  });
});
