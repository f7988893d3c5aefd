import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Assessment } from '@sel/core';
import { districtFullImplementationRubric, schoolImplementationStagesRubric } from '@sel/data';
import { expectNoAxeViolations, fixture, nextEvent } from '../test/index.js';
import './define.js';
import type { SelRubric } from './sel-rubric.js';
import { chooseFiles, memberAssessments, teamNames } from './test-team.js';

// A facilitator builds the team from the members' exported files: bad files are named with what
// is wrong, the good ones join, and nothing already loaded or agreed is lost.

const SLOW_MACHINE_TIMEOUT = 45_000;
const rubric = districtFullImplementationRubric;
const [ana, ben, chloe, daniel] = memberAssessments(rubric, teamNames(4));

function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function jsonFile(name: string, content: unknown): File {
  return new File([typeof content === 'string' ? content : JSON.stringify(content)], name, {
    type: 'application/json',
  });
}

function fileInput(el: Element): Element | null {
  return shadow(el).querySelector('input[type="file"]');
}

function alertItems(el: Element): string[] {
  return [...shadow(el).querySelectorAll('[role="alert"] li')].map(text);
}

async function teamOf(members: readonly (Assessment | undefined)[]): Promise<SelRubric> {
  const el = await fixture<SelRubric>(html`<sel-rubric .rubric=${rubric} .team=${members}></sel-rubric>`);
  await el.updateComplete;
  return el;
}

describe('<sel-rubric> team files', { timeout: SLOW_MACHINE_TIMEOUT }, () => {
  it('adds the good files, names each bad one with what is wrong, and keeps what was loaded', async () => {
    const el = await teamOf([ana, ben]);
    const root = shadow(el);
    await userEvent.click(page.getByRole('button', { name: 'Reveal all names' }));
    const first = rubric.focusAreas[0]?.practices[0]?.indicators[1];
    if (!first || !chloe || !ana) throw new Error('no data');
    await userEvent.click(page.getByRole('group', { name: first.text }).getByRole('radio', { name: /^Level 4/ }));
    expect(el.value?.ratings[first.id]?.level).toBe(4);

    const otherRubric = memberAssessments(schoolImplementationStagesRubric, ['Dana Price'])[0];
    const errors = nextEvent(el, 'sel-error');
    const added = nextEvent(el, 'sel-team-change');
    chooseFiles(fileInput(el), [
      jsonFile('chloe.json', chloe),
      jsonFile('notes.json', '{ "takenBy": "Dana", '),
      jsonFile('stages.json', otherRubric),
      jsonFile('chloe-again.json', { ...chloe, id: 'another' }),
      jsonFile('empty.json', { takenBy: 'Eli' }),
    ]);
    expect((await added).detail).toMatchObject({ added: ['Chloe Nguyen'], replaced: [], removed: [] });
    const { issues } = (await errors).detail;
    expect(new Set(issues.map((issue) => issue.path[1]))).toEqual(
      new Set(['notes.json', 'stages.json', 'chloe-again.json', 'empty.json']),
    );
    await el.updateComplete;
    const items = alertItems(el);
    expect(items.some((item) => item.startsWith('team["notes.json"]: Expected'))).toBe(true);
    expect(items.some((item) => item.includes('line 1'))).toBe(true);
    expect(items).toContain(
      `team["stages.json"].rubricId: Expected rubric id "${rubric.id}" (the rubric given), got "${schoolImplementationStagesRubric.id}"`,
    );
    expect(items).toContain(
      'team["chloe-again.json"].takenBy: Expected one assessment per member, but “Chloe Nguyen” is in another of these files too',
    );
    expect(items.filter((item) => item.startsWith('team["empty.json"]')).length).toBeGreaterThan(0);
    expect(text(root.querySelector('.team'))).toContain('3 members: Ana Morales, Ben Okafor, Chloe Nguyen');
    expect(text(root.querySelector('[aria-live="polite"]'))).toBe(
      'Added the ratings of one member. 4 files could not be added; the problems are listed at the top.',
    );
    // The level agreed before stays, now with Chloe's rating beside it.
    const agreed = el.value?.ratings[first.id];
    expect(agreed?.level).toBe(4);
    expect(agreed?.memberRatings?.map((rating) => rating.member)).toEqual([
      'Ana Morales',
      'Ben Okafor',
      'Chloe Nguyen',
    ]);
    await expectNoAxeViolations(el);
  });

  it('takes files dropped on the team view, and clears the last problems', async () => {
    const el = await teamOf([ana]);
    if (!daniel || !ben) throw new Error('no data');
    const failed = nextEvent(el, 'sel-error');
    chooseFiles(fileInput(el), [jsonFile('broken.json', '[')]);
    await failed;
    await el.updateComplete;
    expect(alertItems(el)[0]).toMatch(/^team\["broken.json"\]: Expected/);
    const transfer = new DataTransfer();
    transfer.items.add(jsonFile('daniel.json', daniel));
    transfer.items.add(jsonFile('ben.json', [ben]));
    const target = shadow(el).querySelector('.team');
    if (!target) throw new Error('no team view');
    const over = new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true, composed: true });
    target.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    const added = nextEvent(el, 'sel-team-change');
    target.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true, composed: true }),
    );
    expect((await added).detail.added).toEqual(['Daniel Reyes', 'Ben Okafor']);
    await el.updateComplete;
    expect(alertItems(el)).toEqual([]);
    expect(text(shadow(el).querySelector('.team'))).toContain('3 members: Ana Morales, Ben Okafor, Daniel Reyes');
  });

  it('uses the good members of a team property with bad ones, naming each bad one', async () => {
    const errors = nextEvent(document.body, 'sel-error');
    const el = await teamOf([ana, { ...ben, ratings: { nowhere: { level: 2 } } } as Assessment, undefined]);
    const { issues } = (await errors).detail;
    expect(issues.map((issue) => issue.path.slice(0, 2))).toEqual(
      expect.arrayContaining([
        ['team', 1],
        ['team', 2],
      ]),
    );
    expect(text(shadow(el).querySelector('.team'))).toContain('One member: Ana Morales');
    await expectNoAxeViolations(el);
  });

  it('starts with no members from an empty team, ready for files', async () => {
    const el = await teamOf([]);
    expect(text(shadow(el).querySelector('.team'))).toContain('No member ratings yet.');
    expect(el.value).toBeUndefined();
    if (!ana) throw new Error('no data');
    const added = nextEvent(el, 'sel-team-change');
    chooseFiles(fileInput(el), [jsonFile('ana.json', ana)]);
    await added;
    await el.updateComplete;
    expect(text(shadow(el).querySelector('.team'))).toContain('One member: Ana Morales');
    expect(Object.keys(el.value?.ratings ?? {}).length).toBeGreaterThan(0);
    await expectNoAxeViolations(el);
  });
});
