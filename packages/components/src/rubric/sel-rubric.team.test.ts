import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { consensusOrder, listIndicators, teamRatings, type Assessment } from '@sel/core';
import { districtFullImplementationRubric, schoolImplementationStagesRubric } from '@sel/data';
import { expectNoAxeViolations, fixture, nextEvent, shadowActiveElement } from '../test/index.js';
import './define.js';
import type { SelRubric } from './sel-rubric.js';
import { memberAssessments, teamNames } from './test-team.js';

// Team mode: the members' own assessments side by side, counted per level with the names hidden
// until revealed, the disagreements first, and the agreed assessment recorded as the element's value.

const SLOW_MACHINE_TIMEOUT = 45_000;
const rubric = districtFullImplementationRubric;
const indicators = listIndicators(rubric).map((entry) => entry.indicator);
const practices = rubric.focusAreas.flatMap((area) => area.practices);

function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function announced(el: Element): string {
  return text(shadow(el).querySelector('[aria-live="polite"]'));
}

function rowTexts(el: Element): string[] {
  return [...shadow(el).querySelectorAll('.team-row .indicator-text')].map(text);
}

async function teamRubric(members: readonly Assessment[], lang?: string): Promise<SelRubric> {
  const el = await fixture<SelRubric>(
    html`<sel-rubric .rubric=${rubric} .team=${members} name="agreed" taken-by="District SEL team"></sel-rubric>`,
    lang ? { lang } : {},
  );
  await el.updateComplete;
  return el;
}

async function tab(el: SelRubric, times = 1): Promise<Element | null> {
  for (let i = 0; i < times; i++) await userEvent.keyboard('{Tab}');
  await el.updateComplete;
  return shadowActiveElement(el);
}

describe('<sel-rubric> team mode', { timeout: SLOW_MACHINE_TIMEOUT }, () => {
  it('loads team mode only for a rubric given a team', async () => {
    const lone = await fixture<SelRubric>(html`<sel-rubric .rubric=${rubric}></sel-rubric>`);
    await lone.updateComplete;
    const loaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('team-mode'));
    expect(loaded()).toBe(false);
    expect(shadow(lone).querySelector('.team')).toBeNull();
    const el = await teamRubric(memberAssessments(rubric, teamNames(5)));
    expect(loaded()).toBe(true);
    expect(text(shadow(el).querySelector('.team'))).toContain(
      '5 members: Ana Morales, Ben Okafor, Chloe Nguyen, Daniel Reyes, Esther Goldberg',
    );
  });

  it('with one member, by keyboard: every rating agrees and starts the agreed assessment', async () => {
    const [member] = memberAssessments(rubric, teamNames(1), { skip: (_, i) => i === 2 });
    if (!member) throw new Error('no member');
    const el = await teamRubric([member]);
    const root = shadow(el);
    expect(text(root.querySelector('.team'))).toContain('One member: Ana Morales');
    expect(text(root.querySelector('.team'))).toContain(
      `Ratings agree on ${indicators.length - 1}, differ on 0, nobody rated 1.`,
    );
    const value = el.value;
    expect(Object.keys(value?.ratings ?? {})).toHaveLength(indicators.length - 1);
    expect(value?.ratings[indicators[0]?.id ?? '']?.memberRatings).toEqual([
      { member: 'Ana Morales', level: member.ratings[indicators[0]?.id ?? '']?.level },
    ]);
    expect(value?.takenBy).toBe('District SEL team');
    await expectNoAxeViolations(el);

    // The members list, opened and closed from the keyboard.
    expect((await tab(el))?.localName).toBe('summary');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(root.querySelector('details.team-members')?.hasAttribute('open')).toBe(true);
    expect(root.querySelectorAll('[data-remove]')).toHaveLength(1);
    await expectNoAxeViolations(el);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(root.querySelector('details.team-members')?.hasAttribute('open')).toBe(false);

    expect((await tab(el))?.getAttribute('type')).toBe('file');
    expect((await tab(el))?.hasAttribute('data-filter')).toBe(true);
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(text(root.querySelector('#team-disagreements'))).toBe('The ratings agree on every indicator they cover.');
    expect(rowTexts(el)).toEqual([]);
    await expectNoAxeViolations(el);

    expect((await tab(el))?.hasAttribute('data-reveal-all')).toBe(true);
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(announced(el)).toBe('Names revealed.');
    await expectNoAxeViolations(el);
  });

  it('with five members, by keyboard: filter, reveal, agree with a note', async () => {
    const members = memberAssessments(rubric, teamNames(5));
    const team = teamRatings(rubric, members);
    const order = consensusOrder(team).filter((entry) => entry.agrees === false);
    const el = await teamRubric(members);
    const root = shadow(el);
    // Before the reveal: the counts per level, in words too, and no names.
    const firstRow = team.indicators.find((entry) => entry.agrees === false);
    const firstChosen = firstRow?.distribution.filter((count) => count.count > 0).sort((a, b) => b.count - a.count);
    expect(root.querySelectorAll('.team-row .spread')).toHaveLength(indicators.length);
    expect(root.querySelector('.spread-members')).toBeNull();
    expect(text(root.querySelector(`#team-words-${firstRow?.indicatorId ?? ''}`))).toBe(
      (firstChosen ?? [])
        .map((count, i) =>
          i === 0 ? `${count.count} of 5 chose ${count.label}` : `${count.count} chose ${count.label}`,
        )
        .join(', '),
    );
    for (const name of teamNames(5)) expect(text(root.querySelector('.team-row'))).not.toContain(name);
    expect(text(root.querySelector('.team-row'))).toContain('Who chose which level stays hidden');
    await expectNoAxeViolations(el);

    expect((await tab(el))?.localName).toBe('summary');
    expect((await tab(el))?.getAttribute('type')).toBe('file');
    expect((await tab(el))?.hasAttribute('data-filter')).toBe(true);
    await userEvent.keyboard(' ');
    await el.updateComplete;
    const byId = new Map(indicators.map((indicator) => [indicator.id, indicator.text]));
    expect(rowTexts(el)).toEqual(order.map((entry) => byId.get(entry.indicatorId)));
    expect(announced(el)).toBe(`${order.length} indicators where the ratings differ, most disagreement first.`);
    await expectNoAxeViolations(el);

    expect((await tab(el))?.hasAttribute('data-reveal-all')).toBe(true);
    const reveal = await tab(el);
    const first = order[0];
    if (!first) throw new Error('no disagreement');
    expect(reveal?.getAttribute('data-reveal')).toBe(first.indicatorId);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const words = shadowActiveElement(el);
    expect(words?.classList.contains('team-words')).toBe(true);
    const chosen = first.distribution.filter((count) => count.count > 0).sort((a, b) => b.count - a.count);
    expect(text(words)).toBe(
      chosen
        .map(
          (count, i) =>
            `${i === 0 ? `${count.count} of 5 chose ${count.label}` : `${count.count} chose ${count.label}`} (${count.members.join(', ')})`,
        )
        .join('; '),
    );
    const spread = [...root.querySelectorAll('.team-row')][0]?.querySelectorAll('.spread-level');
    expect([...(spread ?? [])].map(text)).toEqual(
      first.distribution.map((count) =>
        `Level ${count.level}: ${count.label} ${count.count} ${count.members.join(', ')}`.trim(),
      ),
    );
    expect(announced(el)).toBe('Names revealed.');
    await expectNoAxeViolations(el);

    const radio = await tab(el);
    expect(radio?.getAttribute('data-agree')).toBe(first.indicatorId);
    const rated = nextEvent(el, 'sel-rating-change');
    await userEvent.keyboard('{ArrowRight}');
    const { detail } = await rated;
    const level = rubric.levels[1];
    expect(detail.indicatorId).toBe(first.indicatorId);
    expect(detail.rating.level).toBe(level?.value);
    expect(detail.rating.memberRatings).toEqual(first.ratings);
    expect(el.value?.ratings[first.indicatorId]?.level).toBe(level?.value);
    await el.updateComplete;
    expect(announced(el)).toContain(`Agreed on ${level?.label ?? ''}.`);

    expect((await tab(el))?.localName).toBe('textarea');
    await userEvent.keyboard('Cabinet minutes show the plan; budget still to come.');
    const noted = nextEvent(el, 'sel-assessment-change');
    await userEvent.keyboard('{Tab}');
    await noted;
    expect(el.value?.ratings[first.indicatorId]?.notes).toBe('Cabinet minutes show the plan; budget still to come.');
    const form = document.createElement('form');
    el.before(form);
    form.append(el);
    await el.updateComplete;
    const entry = new FormData(form).get('agreed');
    expect(typeof entry === 'string' ? JSON.parse(entry) : undefined).toEqual(el.value);
    await expectNoAxeViolations(el);
  });

  it('marks a priority practice by keyboard, announced and in the value', async () => {
    const el = await teamRubric(memberAssessments(rubric, teamNames(5)));
    const practice = practices[0];
    const checkbox = await tab(el, 5);
    expect(checkbox?.getAttribute('data-priority')).toBe(practice?.id);
    const changed = nextEvent(el, 'sel-assessment-change');
    await userEvent.keyboard(' ');
    expect((await changed).detail.assessment.priorities).toEqual([practice?.id]);
    expect(el.value?.priorities).toEqual([practice?.id]);
    await el.updateComplete;
    expect(announced(el)).toBe(`Marked ${practice?.title ?? ''} as a priority practice.`);
    expect(text(shadow(el).querySelector('.summary'))).toContain('Priority practices: average level');
    await expectNoAxeViolations(el);
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(el.value?.priorities).toBeUndefined();
    expect(announced(el)).toBe(`${practice?.title ?? ''} is no longer a priority practice.`);
  });

  it('with thirty members, by keyboard: reveals every spread, counts adding up to the team', async () => {
    const names = teamNames(30);
    const members = memberAssessments(rubric, names, { skip: (m, i) => m === 29 && i < 3 });
    const el = await teamRubric(members);
    const root = shadow(el);
    expect(text(root.querySelector('.team'))).toContain('30 members:');
    expect(root.querySelector('.spread-members')).toBeNull();
    await expectNoAxeViolations(el);

    expect((await tab(el, 4))?.hasAttribute('data-reveal-all')).toBe(true);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(root.querySelectorAll('.team-row .spread')).toHaveLength(indicators.length);
    const firstRow = root.querySelector('.team-row');
    const counts = [...(firstRow?.querySelectorAll('.spread-count') ?? [])].map((count) => Number(text(count)));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(29);
    expect(text(firstRow)).toContain('Not rated by: Team member 30');
    expect(text(firstRow?.querySelector('.team-words'))).toMatch(/^29 of 30 chose .+ \(/);
    await expectNoAxeViolations(el);

    // Back to "Only where we disagree": the revealed spreads of the disagreements, most first.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(shadowActiveElement(el)?.hasAttribute('data-filter')).toBe(true);
    await userEvent.keyboard(' ');
    await el.updateComplete;
    const byId = new Map(indicators.map((indicator) => [indicator.id, indicator.text]));
    const order = consensusOrder(teamRatings(rubric, members)).filter((entry) => entry.agrees === false);
    expect(rowTexts(el)).toEqual(order.map((entry) => byId.get(entry.indicatorId)));
    expect(root.querySelectorAll('.team-row .spread-members').length).toBeGreaterThan(0);
    await expectNoAxeViolations(el);
  });

  it('switches to Spanish with its own words, never showing English first', async () => {
    // Before the test that starts in Spanish, so team mode's Spanish words are not loaded yet.
    const loaded = (): boolean =>
      performance.getEntriesByType('resource').some((entry) => entry.name.includes('team-strings-es'));
    expect(loaded()).toBe(false);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><sel-rubric .rubric=${rubric} .team=${memberAssessments(rubric, teamNames(5))}></sel-rubric></div>`,
    );
    const el = wrapper.querySelector('sel-rubric');
    if (!el) throw new Error('no rubric');
    await el.updateComplete;
    const root = shadow(el);
    expect(text(root.querySelector('.team'))).toContain('5 members: Ana Morales');
    // Every render after the switch, as the page shows it.
    const shown: string[] = [];
    const observer = new MutationObserver(() => {
      shown.push(text(root.querySelector('.team')));
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    wrapper.lang = 'es';
    await expect.poll(() => text(root.querySelector('.team'))).toContain('5 integrantes: Ana Morales');
    await el.updateComplete;
    observer.disconnect();
    expect(loaded()).toBe(true);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((words) => /Team ratings|members:/.test(words))).toEqual([]);
    await expectNoAxeViolations(el);
  });

  it('speaks Spanish', async () => {
    const el = await teamRubric(memberAssessments(rubric, teamNames(5)), 'es');
    const root = shadow(el);
    expect(text(root.querySelector('.team'))).toContain('Calificaciones del equipo');
    expect(text(root.querySelector('.team'))).toContain('5 integrantes: Ana Morales');
    expect(text(root.querySelector('.team-row'))).toContain('Quién eligió cada nivel queda oculto');
    await userEvent.click(page.getByRole('button', { name: 'Mostrar todos los nombres' }));
    await el.updateComplete;
    expect(text(root.querySelector('.team-words'))).toMatch(/^5 de 5 eligieron /);
    expect(text(root.querySelector('.team-agree legend'))).toBe('Nivel acordado');
    await expectNoAxeViolations(el);
  });

  it('read-only: every spread and agreed level as text, no controls', async () => {
    const members = memberAssessments(rubric, teamNames(5));
    const el = await fixture<SelRubric>(html`<sel-rubric .rubric=${rubric} .team=${members} readonly></sel-rubric>`);
    await el.updateComplete;
    const root = shadow(el);
    expect(root.querySelectorAll('input, textarea, button')).toHaveLength(0);
    expect(root.querySelectorAll('.team-row .spread')).toHaveLength(indicators.length);
    const agreedRow = [...root.querySelectorAll('.team-row')].find((row) => text(row).includes('Ratings agree'));
    expect(text(agreedRow?.querySelector('.row-status'))).toMatch(/^Agreed level: Level \d: /);
    await expectNoAxeViolations(el);
  });

  it('disabled: controls are off and dropped files are not taken', async () => {
    const members = memberAssessments(rubric, teamNames(2));
    const el = await fixture<SelRubric>(html`<sel-rubric .rubric=${rubric} .team=${members} disabled></sel-rubric>`);
    await el.updateComplete;
    const root = shadow(el);
    expect(root.querySelector('input[type="file"]')).toBeNull();
    expect(
      [...root.querySelectorAll<HTMLInputElement>('.team-agree input, [data-priority]')].every((input) =>
        input.matches(':disabled'),
      ),
    ).toBe(true);
    const target = root.querySelector('.team');
    const transfer = new DataTransfer();
    transfer.items.add(new File(['[]'], 'late.json', { type: 'application/json' }));
    const over = new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true, composed: true });
    target?.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(false);
    await expectNoAxeViolations(el);
  });

  it('reads the team from an inline script beside the inline rubric', async () => {
    const members = memberAssessments(schoolImplementationStagesRubric, teamNames(3));
    const el = await fixture<SelRubric>(
      `<sel-rubric><script type="application/json" data-sel="team">${JSON.stringify(members)}</script>` +
        `<script type="application/json">${JSON.stringify(schoolImplementationStagesRubric)}</script></sel-rubric>`,
    );
    await el.dataSettled;
    await el.updateComplete;
    expect(el.currentRubric?.id).toBe(schoolImplementationStagesRubric.id);
    expect(text(shadow(el).querySelector('.team'))).toContain('3 members: Ana Morales, Ben Okafor, Chloe Nguyen');
  });
});
