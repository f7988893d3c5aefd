import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { listIndicators, teamRatings, type Assessment } from '@sel/core';
import { districtFullImplementationRubric } from '@sel/data';
import { expectNoAxeViolations, fixture, nextEvent, shadowActiveElement } from '../test/index.js';
import './define.js';
import type { SelRubric } from './sel-rubric.js';
import { chooseFiles, memberAssessments, teamNames } from './test-team.js';

// What a facilitator changes about the team: the agreement rule, members removed or replaced
// (with an undo), the team read from a URL, and each member's own exported file.

const SLOW_MACHINE_TIMEOUT = 45_000;
const rubric = districtFullImplementationRubric;
const indicators = listIndicators(rubric).map((entry) => entry.indicator);
const members = memberAssessments(rubric, teamNames(5));
const [ana, ben] = members;

function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const announced = (el: Element): string => text(shadow(el).querySelector('[aria-live="polite"]'));
const alertItems = (el: Element): string[] => [...shadow(el).querySelectorAll('[role="alert"] li')].map(text);
const memberNames = (el: SelRubric): string[] =>
  [
    ...new Set(Object.values(el.value?.ratings ?? {}).flatMap((r) => r.memberRatings?.map((m) => m.member) ?? [])),
  ].sort();

function jsonFile(name: string, content: unknown): File {
  return new File([JSON.stringify(content)], name, { type: 'application/json' });
}

/** A `fetcher` that answers `url` with each of `answers` in turn, and says what it was asked. */
function fetcherOf(...answers: (() => Response | Promise<Response>)[]): typeof fetch & { asked: string[] } {
  const asked: string[] = [];
  const fetcher = (input: RequestInfo | URL): Promise<Response> => {
    asked.push(input instanceof Request ? input.url : input.toString());
    const answer = answers[Math.min(asked.length, answers.length) - 1];
    return Promise.resolve(answer ? answer() : Response.error());
  };
  return Object.assign(fetcher, { asked });
}

async function tab(el: SelRubric, times = 1): Promise<Element | null> {
  for (let i = 0; i < times; i++) await userEvent.keyboard('{Tab}');
  await el.updateComplete;
  return shadowActiveElement(el);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<sel-rubric> team: agreement rule', { timeout: SLOW_MACHINE_TIMEOUT }, () => {
  it('counts agreement within one level when asked, in the counts, the rule and the filter', async () => {
    const within = teamRatings(rubric, members, { agreement: 'within-one' });
    const same = teamRatings(rubric, members);
    expect(within.disagreed).toBeLessThan(same.disagreed);
    const el = await fixture<SelRubric>(
      html`<sel-rubric .rubric=${rubric} .team=${members} agreement="within-one"></sel-rubric>`,
    );
    await el.updateComplete;
    const root = shadow(el);
    expect(text(root.querySelector('.team'))).toContain(
      `Ratings agree on ${within.agreed}, differ on ${within.disagreed}, nobody rated 0. Ratings agree when they are at most one level apart.`,
    );
    await userEvent.click(page.getByRole('checkbox', { name: 'Only where we disagree' }));
    expect(root.querySelectorAll('.team-row')).toHaveLength(within.disagreed);
    await expectNoAxeViolations(el);

    el.agreement = 'same-level';
    await el.updateComplete;
    expect(root.querySelectorAll('.team-row')).toHaveLength(same.disagreed);
    expect(text(root.querySelector('.team'))).toContain('Ratings agree when everyone chose the same level.');
  });

  it('reports an unknown rule at its path and keeps to the same level', async () => {
    const error = nextEvent(document.body, 'sel-error');
    const el = await fixture<SelRubric>(
      html`<sel-rubric .rubric=${rubric} .team=${members} agreement="close"></sel-rubric>`,
    );
    const { issues } = (await error).detail;
    expect(issues).toEqual([expect.objectContaining({ path: ['agreement'], code: 'invalid-value' })]);
    await el.updateComplete;
    expect(alertItems(el)).toEqual([
      'agreement: Expected agreement "same-level" or "within-one"; ratings agree only at the same level',
    ]);
    const same = teamRatings(rubric, members);
    expect(text(shadow(el).querySelector('.team'))).toContain(`differ on ${same.disagreed},`);
  });
});

describe('<sel-rubric> team: members removed and replaced', { timeout: SLOW_MACHINE_TIMEOUT }, () => {
  it('removes a member by keyboard, with an undo that brings them back', async () => {
    const el = await fixture<SelRubric>(html`<sel-rubric .rubric=${rubric} .team=${members}></sel-rubric>`);
    await el.updateComplete;
    const root = shadow(el);
    expect((await tab(el))?.localName).toBe('summary');
    await userEvent.keyboard('{Enter}');
    const remove = await tab(el);
    expect(text(remove)).toBe('Remove Ana Morales');
    await expectNoAxeViolations(el);
    const removed = nextEvent(el, 'sel-team-change');
    await userEvent.keyboard('{Enter}');
    expect((await removed).detail).toMatchObject({ added: [], replaced: [], removed: ['Ana Morales'] });
    expect((await removed).detail.team?.members.map((m) => m.name)).not.toContain('Ana Morales');
    await el.updateComplete;
    expect(text(root.querySelector('.team-members summary'))).toBe(
      '4 members: Ben Okafor, Chloe Nguyen, Daniel Reyes, Esther Goldberg',
    );
    expect(memberNames(el)).not.toContain('Ana Morales');
    expect(announced(el)).toBe('Removed the ratings of Ana Morales.');
    const undo = shadowActiveElement(el);
    expect(text(undo)).toBe('Undo');
    expect(text(undo?.parentElement)).toBe('Removed the ratings of Ana Morales. Undo');
    await expectNoAxeViolations(el);

    const back = nextEvent(el, 'sel-team-change');
    await userEvent.keyboard('{Enter}');
    expect((await back).detail).toMatchObject({ added: ['Ana Morales'], removed: [] });
    await el.updateComplete;
    expect(text(root.querySelector('.team-members summary'))).toMatch(/^5 members: Ana Morales/);
    expect(memberNames(el)).toContain('Ana Morales');
    expect(root.querySelector('[data-undo]')).toBeNull();
    expect(shadowActiveElement(el)?.localName).toBe('summary');
    expect(announced(el)).toBe('The team is back as it was.');
  });

  it('replaces a member’s ratings with their newer file, and undoes it', async () => {
    if (!ana || !ben) throw new Error('no data');
    const el = await fixture<SelRubric>(html`<sel-rubric .rubric=${rubric} .team=${[ana, ben]}></sel-rubric>`);
    await el.updateComplete;
    const first = indicators[1];
    if (!first) throw new Error('no indicator');
    const before = el.value?.ratings[first.id];
    const newer: Assessment = {
      ...ben,
      id: 'ben-second-look',
      ratings: Object.fromEntries(indicators.map((indicator) => [indicator.id, { level: 4 }])),
    };
    const replaced = nextEvent(el, 'sel-team-change');
    chooseFiles(shadow(el).querySelector('input[type="file"]'), [jsonFile('ben-second-look.json', newer)]);
    expect((await replaced).detail).toMatchObject({ added: [], replaced: ['Ben Okafor'], removed: [] });
    await el.updateComplete;
    expect(alertItems(el)).toEqual([]);
    expect(text(shadow(el).querySelector('.team-undo'))).toBe(
      'Replaced the ratings of Ben Okafor with the new file. Undo',
    );
    expect(announced(el)).toBe('Replaced the ratings of Ben Okafor with the new file.');
    const spread = teamRatings(rubric, [ana, newer]).indicators[1];
    const chosen = (spread?.distribution ?? []).filter((count) => count.count > 0).sort((x, y) => y.count - x.count);
    expect(text(shadow(el).querySelector(`#team-words-${first.id}`))).toBe(
      chosen
        .map((count, i) =>
          i === 0 ? `${count.count} of 2 chose ${count.label}` : `${count.count} chose ${count.label}`,
        )
        .join(', '),
    );
    expect(chosen.some((count) => count.level === 4)).toBe(true);
    await expectNoAxeViolations(el);

    await userEvent.click(page.getByRole('button', { name: 'Undo' }));
    await el.updateComplete;
    expect(el.value?.ratings[first.id]).toEqual(before);
    expect(text(shadow(el).querySelector('.team'))).toContain('2 members: Ana Morales, Ben Okafor');
  });
});

describe('<sel-rubric> team from team-src', { timeout: SLOW_MACHINE_TIMEOUT }, () => {
  it('fetches the team through the fetcher, saying so while it loads', async () => {
    let answer: (response: Response) => void = () => undefined;
    const pending = new Promise<Response>((resolve) => {
      answer = resolve;
    });
    const fetcher = fetcherOf(() => pending);
    // Not `fixture`: it waits for the update to complete, which waits for the team to arrive.
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el: SelRubric = document.createElement('sel-rubric');
    el.rubric = rubric;
    el.fetcher = fetcher;
    el.teamSrc = '/teams/district.json';
    container.append(el);
    await vi.waitFor(() => {
      expect(text(shadow(el).querySelector('.team [role="status"]'))).toBe('Loading the team’s ratings…');
    });
    await expectNoAxeViolations(el);
    answer(Response.json(members.slice(0, 3)));
    await el.updateComplete;
    expect(fetcher.asked).toEqual(['/teams/district.json']);
    expect(text(shadow(el).querySelector('.team'))).toContain('3 members: Ana Morales, Ben Okafor, Chloe Nguyen');
    expect(shadow(el).querySelector('.team [role="status"]')).toBeNull();
  });

  it('names the URL of a failed fetch, tries again, and names bad members at their index', async () => {
    const fetcher = fetcherOf(
      () => new Response('gone', { status: 404, statusText: 'Not Found' }),
      () => Response.json([ana, { ...ben, rubricId: 'another-rubric' }]),
    );
    const error = nextEvent(document.body, 'sel-error');
    const el = await fixture<SelRubric>(
      html`<sel-rubric .rubric=${rubric} .fetcher=${fetcher} team-src="/teams/missing.json"></sel-rubric>`,
    );
    expect((await error).detail.issues).toEqual([expect.objectContaining({ path: ['team'], code: 'http-error' })]);
    await el.updateComplete;
    expect(alertItems(el)).toEqual(['team: Could not load /teams/missing.json: the server answered 404 Not Found']);
    await expectNoAxeViolations(el);
    const retry = page.getByRole('button', { name: 'Try again' });
    await userEvent.click(retry);
    await el.updateComplete;
    expect(fetcher.asked).toHaveLength(2);
    expect(text(shadow(el).querySelector('.team'))).toContain('One member: Ana Morales');
    expect(alertItems(el).some((item) => item.startsWith('team[1].rubricId:'))).toBe(true);
  });

  it('reports JSON that is not JSON at team, and lets the team property win', async () => {
    const fetcher = fetcherOf(() => new Response('[{ "takenBy": '));
    const el = await fixture<SelRubric>(
      html`<sel-rubric .rubric=${rubric} .fetcher=${fetcher} team-src="/teams/cut.json"></sel-rubric>`,
    );
    await el.updateComplete;
    // The path goes as far as the JSON was read: into the list's first member.
    expect(alertItems(el)[0]).toMatch(/^team\[0\]: Expected JSON in \/teams\/cut\.json: /);
    el.team = members.slice(0, 2);
    await el.updateComplete;
    expect(alertItems(el)).toEqual([]);
    expect(text(shadow(el).querySelector('.team'))).toContain('2 members: Ana Morales, Ben Okafor');
  });
});

describe('<sel-rubric> a member’s export', { timeout: SLOW_MACHINE_TIMEOUT }, () => {
  it('exports a member’s own assessment as a file the team view takes', async () => {
    // The download is caught here: a real one would open the browser's downloads panel.
    const saved: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ href: this.href, download: this.download });
    });
    const member = await fixture<SelRubric>(
      html`<sel-rubric .rubric=${rubric} taken-by="Ana Morales" taken-on="2026-03-12"></sel-rubric>`,
    );
    await member.updateComplete;
    const first = indicators[0];
    if (!first) throw new Error('no indicator');
    await userEvent.click(page.getByRole('group', { name: first.text }).getByRole('radio', { name: /^Level 3/ }));
    const exportButton = page.getByRole('button', { name: 'Export my assessment (JSON file)' });
    await expect.element(exportButton).toBeVisible();
    await userEvent.click(exportButton);
    await member.updateComplete;
    expect(saved).toHaveLength(1);
    const [file] = saved;
    if (!file) throw new Error('nothing saved');
    expect(file.download).toBe(`${rubric.id}-ana-morales-2026-03-12.json`);
    const exported = JSON.parse(await (await fetch(file.href)).text()) as Assessment;
    expect(exported).toEqual(member.value);
    member.remove();

    const facilitator = await fixture<SelRubric>(html`<sel-rubric .rubric=${rubric} .team=${[]}></sel-rubric>`);
    await facilitator.updateComplete;
    const added = nextEvent(facilitator, 'sel-team-change');
    chooseFiles(shadow(facilitator).querySelector('input[type="file"]'), [
      new File([JSON.stringify(exported)], file.download, { type: 'application/json' }),
    ]);
    expect((await added).detail.added).toEqual(['Ana Morales']);
    await facilitator.updateComplete;
    expect(facilitator.value?.ratings[first.id]).toMatchObject({
      level: 3,
      memberRatings: [{ member: 'Ana Morales', level: 3 }],
    });
  });

  it('has no export in read-only or team mode', async () => {
    const readonly = await fixture<SelRubric>(html`<sel-rubric .rubric=${rubric} readonly></sel-rubric>`);
    await readonly.updateComplete;
    expect(shadow(readonly).querySelector('.export')).toBeNull();
    const team = await fixture<SelRubric>(html`<sel-rubric .rubric=${rubric} .team=${members}></sel-rubric>`);
    await team.updateComplete;
    expect(shadow(team).querySelector('.export')).toBeNull();
  });
});
