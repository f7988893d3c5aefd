import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Community, Milestone } from '@sel/core';
import {
  canRunInTimeZone,
  currentTimeZone,
  expectNoAxeViolations,
  fixture,
  holdAnimationFrames,
  nextEvent,
  shadowActiveElement,
  useTimeZone,
} from '../test/index.js';
import './define.js';
import type { SelMilestoneSelectDetail, SelMilestoneTimeline } from './sel-milestone-timeline.js';

const milestones: Milestone[] = [
  // Deliberately out of order: the element lists them by due date.
  {
    id: 'communities-launched',
    title: 'First learning communities launched',
    phase: 'launch',
    start: '2027-01-15',
    due: '2027-04-01',
    status: 'in-progress',
    owner: 'Ana Ruiz',
    description: 'Open the first two communities with their districts.',
    exitCriterion: true,
  },
  {
    id: 'platform-proposals-reviewed',
    title: 'Platform proposals reviewed',
    phase: 'detailed-design',
    due: '2026-09-01',
    status: 'done',
    completedOn: '2026-08-28',
    exitCriterion: true,
  },
  {
    id: 'blueprint-finalized',
    title: 'Blueprint finalized',
    phase: 'detailed-design',
    due: '2027-01-01',
    status: 'done',
  },
  {
    id: 'semesters-planned',
    title: 'Semesters planned',
    phase: 'detailed-design',
    due: '2027-03-01',
    status: 'planned',
  },
  {
    id: 'funding-submitted',
    title: 'Funding applications submitted',
    phase: 'launch',
    due: '2027-07-01',
    status: 'planned',
  },
  {
    id: 'hiring-done',
    title: 'Supplemental hiring complete',
    phase: 'scale-and-improve',
    due: '2027-09-01',
    status: 'planned',
  },
];

const community: Community = {
  id: 'il-community',
  name: 'Illinois learning community',
  scope: { kind: 'state', state: 'IL' },
  readiness: 'initiating',
  charter: { start: '2026-07-01', end: '2031-06-30' },
  phase: 'launch',
  leadershipTeam: [],
  committees: ['advisory'],
  members: [],
  districts: [],
  milestones,
};

/** Titles in the order the list shows them (due date). */
const ordered = [
  'Platform proposals reviewed',
  'Blueprint finalized',
  'Semesters planned',
  'First learning communities launched',
  'Funding applications submitted',
  'Supplemental hiring complete',
];

const TODAY = '2027-03-25';

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function items(el: SelMilestoneTimeline): HTMLLIElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLLIElement>('ol.list > li') ?? [])];
}

function buttons(el: SelMilestoneTimeline): HTMLButtonElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('ol.list button') ?? [])];
}

function button(el: SelMilestoneTimeline, index: number): HTMLButtonElement {
  const found = buttons(el)[index];
  if (!found) throw new Error(`no milestone button at ${String(index)}`);
  return found;
}

function details(el: SelMilestoneTimeline): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>('.details') ?? null;
}

function summary(el: SelMilestoneTimeline): string {
  return text(el.shadowRoot?.querySelector('[role="status"]'));
}

const list = (el: SelMilestoneTimeline) => el.shadowRoot?.querySelector('ol.list');
const drawingStatus = (el: SelMilestoneTimeline) => text(el.shadowRoot?.querySelector('[aria-live="polite"]'));

/** `count` milestones every other day from the charter start, the first tenth done. */
function manyMilestones(count: number): Milestone[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(2026, 6, 1 + i * 2);
    const due = `${String(day.getFullYear())}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    return {
      id: `m-${String(i)}`,
      title: `Milestone ${String(i + 1)}`,
      phase: i < count / 5 ? 'detailed-design' : i < (count * 3) / 5 ? 'launch' : 'scale-and-improve',
      due,
      status: i < count / 10 ? 'done' : 'planned',
    };
  });
}

async function mount(today = TODAY, options: { lang?: string; width?: string } = {}): Promise<SelMilestoneTimeline> {
  const el = await fixture<SelMilestoneTimeline>(
    html`<sel-milestone-timeline .community=${community} today=${today}></sel-milestone-timeline>`,
    options.lang ? { lang: options.lang } : {},
  );
  if (options.width) {
    (el.parentElement as HTMLElement).style.inlineSize = options.width;
    await el.updateComplete;
  }
  return el;
}

/** Collects every `sel-milestone-select` the element dispatches. */
function recordSelections(el: SelMilestoneTimeline): SelMilestoneSelectDetail[] {
  const seen: SelMilestoneSelectDetail[] = [];
  el.addEventListener('sel-milestone-select', (event) => seen.push(event.detail));
  return seen;
}

describe('<sel-milestone-timeline> rendering and states', () => {
  it('lists the milestones in due-date order with their state in words and <time datetime>', async () => {
    const el = await mount();
    expect(text(el.shadowRoot?.querySelector('h2'))).toBe('Timeline of Illinois learning community');
    const list = el.shadowRoot?.querySelector('ol');
    expect(list?.getAttribute('aria-labelledby')).toBe('list-heading');
    expect(items(el).map((li) => text(li.querySelector('.item__title')))).toEqual(ordered);
    expect(items(el).map((li) => text(li.querySelector('.item__state')))).toEqual([
      'Done',
      'Done',
      'Overdue',
      'At risk',
      'Upcoming',
      'Upcoming',
    ]);
    const times = items(el).map((li) => li.querySelector('.item__due time'));
    expect(times.map((time) => time?.getAttribute('datetime'))).toEqual([
      '2026-09-01',
      '2027-01-01',
      '2027-03-01',
      '2027-04-01',
      '2027-07-01',
      '2027-09-01',
    ]);
    expect(text(times[3])).toBe('April 1st, 2027');
    // The hidden commas make screen readers pause between title, state and date.
    await expect
      .element(
        page.getByRole('button', {
          name: /^First learning communities launched\s*,\s*At risk\s*,\s*due April 1st, 2027$/,
        }),
      )
      .toBeVisible();
    expect(summary(el)).toBe('6 milestones: 2 done, 1 overdue, 1 at risk, 2 upcoming.');
    const meta = text(el.shadowRoot?.querySelector('.meta'));
    expect(meta).toContain('Charter from July 1st, 2026 to June 30th, 2031. Current phase: Launch.');
    expect(meta).toContain('Today is March 25th, 2027.');
    await expectNoAxeViolations(el);
  });

  it('draws a band per phase, a point per milestone and the today line on the axis', async () => {
    const el = await mount(TODAY, { width: '960px' });
    const root = el.shadowRoot;
    const bands = [...(root?.querySelectorAll<HTMLElement>('.band') ?? [])];
    expect(bands.map((band) => text(band))).toEqual(['Detailed design', 'Launch', 'Scale and improve']);
    expect(bands[1]?.classList.contains('band--current')).toBe(true);
    // The charter (2026-07-01 to 2031-06-30) is 1825 days; the design band ends on 2027-03-01, day 243.
    expect(parseFloat(bands[0]?.style.insetInlineStart ?? '')).toBe(0);
    expect(parseFloat(bands[0]?.style.inlineSize ?? '')).toBeCloseTo((243 / 1825) * 100, 3);
    // Semesters from core's schedule: Fall (August-December) and Spring (January-May) over the charter.
    const semesters = [...(root?.querySelectorAll<HTMLElement>('.semester') ?? [])];
    expect(semesters).toHaveLength(10);
    expect(semesters.slice(0, 3).map((semester) => text(semester))).toEqual(['Fall 2026', 'Spring 2027', 'Fall 2027']);
    // Fall 2026 starts on 2026-08-01, day 31 of the charter.
    expect(parseFloat(semesters[0]?.style.insetInlineStart ?? '')).toBeCloseTo((31 / 1825) * 100, 3);
    const points = [...(root?.querySelectorAll<HTMLElement>('.axis__track .point') ?? [])];
    expect(points).toHaveLength(6);
    // A short list is laid out as a whole: no row is contained.
    expect(
      [...(root?.querySelectorAll<HTMLElement>('.item__button') ?? [])].map(
        (b) => getComputedStyle(b).contentVisibility,
      ),
    ).toEqual(Array.from({ length: 6 }, () => 'visible'));
    expect(points.map((point) => [...point.classList].find((c) => c.startsWith('shape--')))).toEqual([
      'shape--done',
      'shape--done',
      'shape--overdue',
      'shape--at-risk',
      'shape--upcoming',
      'shape--upcoming',
    ]);
    const todayLine = root?.querySelector<HTMLElement>('.today-line');
    // 2027-03-25 is day 267 of the charter.
    expect(parseFloat(todayLine?.style.insetInlineStart ?? '')).toBeCloseTo((267 / 1825) * 100, 3);
    expect(root?.querySelector('.axis')?.getAttribute('aria-hidden')).toBe('true');
    expect(getComputedStyle(root?.querySelector('.axis') as Element).display).toBe('block');
    await expectNoAxeViolations(el);
  });

  it('recomputes the states when today changes and announces the new counts', async () => {
    const el = await mount();
    el.setAttribute('today', '2027-04-02');
    await el.updateComplete;
    expect(text(items(el)[3]?.querySelector('.item__state'))).toBe('Overdue');
    expect(summary(el)).toBe('6 milestones: 2 done, 2 overdue, 0 at risk, 2 upcoming.');
    el.today = '2026-06-01';
    await el.updateComplete;
    expect(summary(el)).toBe('6 milestones: 2 done, 0 overdue, 0 at risk, 4 upcoming.');
    // Today before the charter: no line on the axis, but still said in words.
    expect(el.shadowRoot?.querySelector('.today-line')).toBeNull();
    expect(text(el.shadowRoot?.querySelector('.meta'))).toContain('Today is June 1st, 2026.');
    await expectNoAxeViolations(el);
  });

  it('uses the local calendar day without a today attribute, and says so when the attribute is not a date', async () => {
    const now = new Date();
    const local = `${String(now.getFullYear())}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const el = await fixture<SelMilestoneTimeline>(
      html`<sel-milestone-timeline .community=${community}></sel-milestone-timeline>`,
    );
    expect(el.shadowRoot?.querySelector('.meta time:last-of-type')?.getAttribute('datetime')).toBe(local);
    el.setAttribute('today', '2027-02-30');
    await el.updateComplete;
    const warning = el.shadowRoot?.querySelector('.warning');
    expect(warning?.getAttribute('role')).toBe('alert');
    expect(text(warning)).toContain('The date given for today, "2027-02-30", is not a real date');
    expect(el.shadowRoot?.querySelector('.meta time:last-of-type')?.getAttribute('datetime')).toBe(local);
    expect(items(el)).toHaveLength(6);
    await expectNoAxeViolations(el);
  });

  it('takes the heading level from heading-level and shows an empty community plainly', async () => {
    const el = await fixture<SelMilestoneTimeline>(
      html`<sel-milestone-timeline
        heading-level="3"
        today=${TODAY}
        .community=${{ ...community, milestones: [] }}
      ></sel-milestone-timeline>`,
    );
    expect(text(el.shadowRoot?.querySelector('h3'))).toBe('Timeline of Illinois learning community');
    expect(el.shadowRoot?.querySelector('ol')).toBeNull();
    expect(summary(el)).toBe('This community has no milestones yet.');
    await expectNoAxeViolations(el);
    const idle = await fixture<SelMilestoneTimeline>('<sel-milestone-timeline></sel-milestone-timeline>');
    expect(text(idle.shadowRoot?.querySelector('.empty'))).toBe('Nothing to show yet.');
  });
});

describe('<sel-milestone-timeline> keyboard and pointer', () => {
  it('is one tab stop; arrows, Home, End and Page keys move between milestones and open their details', async () => {
    const el = await mount();
    // Something to Tab to after the timeline. Tabbing past the last control of a page leaves the
    // page itself, and where focus goes then differs by engine (Firefox moves it to the browser's
    // own toolbar, and the next key presses never reach the page).
    const after = document.createElement('button');
    after.textContent = 'After the timeline';
    el.after(after);
    const seen = recordSelections(el);
    expect(buttons(el).filter((b) => b.tabIndex === 0)).toEqual([button(el, 2)]);
    expect(details(el)).toBeNull();

    await userEvent.keyboard('{Tab}');
    expect(shadowActiveElement(el)).toBe(button(el, 2));
    await el.updateComplete;
    expect(seen.map((d) => [d.milestone.id, d.state, d.index, d.trigger])).toEqual([
      ['semesters-planned', 'overdue', 2, 'focus'],
    ]);
    expect(text(details(el))).toContain('Recorded status Planned Due 24 days ago');
    expect(button(el, 2).getAttribute('aria-current')).toBe('true');
    await expectNoAxeViolations(el);

    await userEvent.keyboard('{ArrowDown}');
    expect(shadowActiveElement(el)).toBe(button(el, 3));
    await userEvent.keyboard('{ArrowRight}');
    expect(shadowActiveElement(el)).toBe(button(el, 4));
    await userEvent.keyboard('{ArrowUp}');
    await userEvent.keyboard('{ArrowLeft}');
    expect(shadowActiveElement(el)).toBe(button(el, 2));
    await userEvent.keyboard('{End}');
    expect(shadowActiveElement(el)).toBe(button(el, 5));
    await userEvent.keyboard('{ArrowDown}');
    expect(shadowActiveElement(el)).toBe(button(el, 5));
    await userEvent.keyboard('{Home}');
    expect(shadowActiveElement(el)).toBe(button(el, 0));
    await userEvent.keyboard('{ArrowUp}');
    expect(shadowActiveElement(el)).toBe(button(el, 0));
    await userEvent.keyboard('{PageDown}');
    expect(shadowActiveElement(el)).toBe(button(el, 5));
    await el.updateComplete;
    expect(buttons(el).filter((b) => b.tabIndex === 0)).toEqual([button(el, 5)]);
    expect(seen.map((d) => d.index)).toEqual([2, 3, 4, 3, 2, 5, 0, 5]);
    expect(seen.every((d) => d.trigger === 'focus')).toBe(true);
    await expectNoAxeViolations(el);

    // Tab leaves the list for the "Add to calendar" button, then the element; Shift+Tab comes back
    // to the milestone last in focus.
    await userEvent.keyboard('{Tab}');
    expect(shadowActiveElement(el)?.textContent.trim()).toBe('Add to calendar');
    await userEvent.keyboard('{Tab}');
    expect(shadowActiveElement(el)).toBeNull();
    expect(document.activeElement).toBe(after);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Shift>}{Tab}{/Shift}');
    expect(shadowActiveElement(el)).toBe(button(el, 5));
  });

  it('shows every detail of the milestone in focus, with its dates in <time datetime>', async () => {
    const el = await mount();
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    const panel = details(el);
    expect(panel?.closest('li')).toBe(items(el)[3]);
    expect(button(el, 3).getAttribute('aria-describedby')).toBe(panel?.id);
    const content = text(panel);
    expect(content).toContain('Recorded status In progress Due In 7 days');
    expect(content).toContain('Phase Launch');
    expect(content).toContain('Dates from January 15th, 2027 to April 1st, 2027');
    expect(content).toContain('Semester Spring 2027');
    expect(content).toContain('Owner Ana Ruiz');
    expect(content).toContain('Open the first two communities with their districts.');
    expect(content).toContain('It must be done before the community can leave this phase.');
    expect([...(panel?.querySelectorAll('time') ?? [])].map((t) => t.dateTime)).toEqual(['2027-01-15', '2027-04-01']);
    // Only one milestone shows details at a time.
    await userEvent.keyboard('{Home}');
    await el.updateComplete;
    expect(el.shadowRoot?.querySelectorAll('.details')).toHaveLength(1);
    expect(text(details(el))).toContain('Recorded status Done Completed August 28th, 2026');
    await expectNoAxeViolations(el);
  });

  it('reports a click on a milestone once, as a click, and opens its details', async () => {
    const el = await mount();
    const seen = recordSelections(el);
    const event = nextEvent(el, 'sel-milestone-select');
    await userEvent.click(button(el, 4));
    const { detail } = await event;
    expect(detail.milestone.id).toBe('funding-submitted');
    expect(detail.state).toBe('upcoming');
    expect(detail.trigger).toBe('click');
    expect(seen).toHaveLength(1);
    expect(shadowActiveElement(el)).toBe(button(el, 4));
    await el.updateComplete;
    expect(text(details(el))).toContain('Recorded status Planned Due In 98 days');
    // Due on 2027-07-01, between the Spring and Fall semesters.
    expect(text(details(el))).not.toContain('Semester');
    expect(buttons(el).filter((b) => b.tabIndex === 0)).toEqual([button(el, 4)]);
    await expectNoAxeViolations(el);
  });

  it('moves focus to the milestone in the list when its point on the axis is clicked', async () => {
    const el = await mount(TODAY, { width: '960px' });
    const seen = recordSelections(el);
    const point = el.shadowRoot?.querySelectorAll<HTMLElement>('.axis__track .point')[5];
    if (!point) throw new Error('no point');
    await userEvent.click(point);
    expect(shadowActiveElement(el)).toBe(button(el, 5));
    expect(seen.map((d) => [d.milestone.id, d.trigger])).toEqual([['hiring-done', 'click']]);
    await el.updateComplete;
    const ring = el.renderRoot.querySelector<HTMLElement>('.selection-ring');
    expect(ring?.style.insetInlineStart).toBe(point.style.insetInlineStart);
    expect(text(details(el))).toContain('Phase Scale and improve');
    await expectNoAxeViolations(el);
  });
});

describe('<sel-milestone-timeline> languages and time zones', () => {
  afterEach(async () => {
    await useTimeZone('');
  });

  it('speaks Spanish with Spanish dates', async () => {
    const el = await mount(TODAY, { lang: 'es-MX' });
    expect(text(el.shadowRoot?.querySelector('h2'))).toBe('Cronograma de Illinois learning community');
    expect(items(el).map((li) => text(li.querySelector('.item__state')))).toEqual([
      'Cumplido',
      'Cumplido',
      'Vencido',
      'En riesgo',
      'Próximo',
      'Próximo',
    ]);
    expect(text(items(el)[3]?.querySelector('.item__due'))).toBe('vence el 1 de abril de 2027');
    expect(summary(el)).toBe('6 hitos. Cumplidos: 2; vencidos: 1; en riesgo: 1; próximos: 2.');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(text(details(el))).toContain('Estado registrado En curso Fecha límite En 7 días');
    expect(text(details(el))).toContain('Fechas del 15 de enero de 2027 al 1 de abril de 2027');
    expect(text(details(el))).toContain('Semestre Primavera 2027');
    await expectNoAxeViolations(el);
  });

  // Chromium runs all three zones; Firefox runs its whole suite in America/Los_Angeles and WebKit
  // in Pacific/Kiritimati (see test/time-zone.ts), so each of them runs the test of its own zone.
  for (const timezoneId of ['America/Los_Angeles', 'Pacific/Pago_Pago', 'Pacific/Kiritimati']) {
    it.runIf(canRunInTimeZone(timezoneId))(`never shifts a date-only milestone by a day in ${timezoneId}`, async () => {
      await useTimeZone(timezoneId);
      expect(currentTimeZone()).toBe(timezoneId);
      if (timezoneId !== 'Pacific/Kiritimati') {
        // The trap this guards against: a naive parse is UTC midnight, the evening before here.
        expect(new Date('2027-03-01').getDate()).toBe(28);
      }
      const el = await mount();
      const times = items(el).map((li) => li.querySelector<HTMLTimeElement>('.item__due time'));
      expect(times.map((time) => time?.dateTime)).toEqual(milestones.map((m) => m.due).sort());
      expect(text(times[2])).toBe('March 1st, 2027');
      expect(text(times[0])).toBe('September 1st, 2026');
      expect(summary(el)).toBe('6 milestones: 2 done, 1 overdue, 1 at risk, 2 upcoming.');
      const bands = el.shadowRoot?.querySelectorAll<HTMLElement>('.band');
      expect(parseFloat(bands?.[0]?.style.inlineSize ?? '')).toBeCloseTo((243 / 1825) * 100, 3);
    });
  }
});

describe('<sel-milestone-timeline> layout', () => {
  it('becomes a list alone on a narrow screen and keeps the keyboard path', async () => {
    const el = await mount(TODAY, { width: '320px' });
    const root = el.shadowRoot;
    expect(getComputedStyle(root?.querySelector('.axis') as Element).display).toBe('none');
    expect(getComputedStyle(root?.querySelector('.legend') as Element).display).toBe('none');
    await expect.element(page.getByRole('list', { name: 'Milestones' })).toBeVisible();
    const first = button(el, 0).getBoundingClientRect();
    expect(first.width).toBeLessThanOrEqual(320);
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{End}');
    expect(shadowActiveElement(el)).toBe(button(el, 5));
    await el.updateComplete;
    expect(details(el)?.getBoundingClientRect().right).toBeLessThanOrEqual(el.getBoundingClientRect().right + 0.5);
    await expectNoAxeViolations(el);
  });

  it('draws 1,000 milestones over frames, and End reaches the last one before it is drawn', async () => {
    const frames = holdAnimationFrames();
    const many = manyMilestones(1000);
    const el = await fixture<SelMilestoneTimeline>(
      html`<sel-milestone-timeline
        today="2026-11-01"
        .community=${{ ...community, milestones: many }}
      ></sel-milestone-timeline>`,
    );
    // The milestones past the first 150 are checked in the frames after the first update.
    expect(text(el.shadowRoot?.querySelector('p[role="status"]'))).toBe('Checking the data…');
    expect(items(el)).toHaveLength(0);
    await expectNoAxeViolations(el);
    await frames.until(el.dataSettled);
    // Then a screenful of milestones is drawn, not all those up to the first one not done (the 101st).
    const first = items(el).length;
    expect(first).toBe(20);
    // The axis is filled in the next frame, which adds no milestones; its empty rows already take
    // their full height, so the list does not move.
    const axis = el.shadowRoot?.querySelector<HTMLElement>('.axis');
    const points = () => el.shadowRoot?.querySelectorAll('.axis__track .point') ?? [];
    expect(points()).toHaveLength(0);
    expect(el.shadowRoot?.querySelectorAll('.band, .semester, .year, .today-line')).toHaveLength(0);
    const emptyAxisHeight = axis?.getBoundingClientRect().height;
    const listTop = list(el)?.getBoundingClientRect().top;
    await expectNoAxeViolations(el);
    frames.run();
    await el.updateComplete;
    expect(items(el)).toHaveLength(first);
    expect(points()).toHaveLength(first);
    expect(el.shadowRoot?.querySelectorAll('.band').length).toBeGreaterThan(0);
    expect(el.shadowRoot?.querySelectorAll('.semester').length).toBeGreaterThan(0);
    expect(el.shadowRoot?.querySelector('.today-line')).not.toBeNull();
    expect(axis?.getBoundingClientRect().height).toBe(emptyAxisHeight);
    expect(list(el)?.getBoundingClientRect().top).toBe(listTop);
    expect(list(el)?.getAttribute('aria-busy')).toBe('true');
    expect(drawingStatus(el)).toBe(`Showing ${String(first)} of 1,000 milestones`);
    // The counts come from the data, not from what is drawn.
    expect(summary(el)).toMatch(/^1,000 milestones: 100 done, /);
    // Until the first milestone not done is drawn, the first milestone holds the tab stop; then it
    // moves to the milestone not done.
    expect(buttons(el).filter((b) => b.tabIndex === 0)).toEqual([button(el, 0)]);
    while (items(el).length <= 100) {
      frames.run();
      await el.updateComplete;
    }
    expect(buttons(el).filter((b) => b.tabIndex === 0)).toEqual([button(el, 100)]);
    await expectNoAxeViolations(el);

    await userEvent.keyboard('{Tab}');
    expect(shadowActiveElement(el)).toBe(button(el, 100));
    await userEvent.keyboard('{End}');
    expect(shadowActiveElement(el)).toBe(button(el, 999));
    await el.updateComplete;
    expect(text(details(el))).toContain('Phase Scale and improve');

    frames.release();
    await el.renderComplete;
    expect(items(el)).toHaveLength(1000);
    expect(el.shadowRoot?.querySelectorAll('.axis__track .point')).toHaveLength(1000);
    // Points come in chunks of 64, each its own box; milestones off screen skip layout and paint.
    const chunks = [...(el.shadowRoot?.querySelectorAll('.axis__points') ?? [])];
    expect(chunks.map((chunk) => chunk.querySelectorAll('.point').length)).toEqual([
      ...Array.from({ length: 15 }, () => 64),
      40,
    ]);
    expect(getComputedStyle(button(el, 500)).contentVisibility).toBe('auto');
    expect(list(el)?.getAttribute('aria-busy')).toBeNull();
    expect(drawingStatus(el)).toBe('Showing all 1,000 milestones');
    expect(shadowActiveElement(el)).toBe(button(el, 999));
  });

  // 600 milestones drawn over held frames, then an axe pass over all of them: in the slower engines
  // this takes most of the default 15-second limit on a busy machine, so the test gets a wider one.
  it('moves through milestones with the arrow keys while the rest are drawn', async () => {
    const frames = holdAnimationFrames();
    const many = manyMilestones(600);
    const el = await fixture<SelMilestoneTimeline>(
      html`<sel-milestone-timeline
        today="2026-06-01"
        .community=${{ ...community, milestones: many }}
      ></sel-milestone-timeline>`,
    );
    await frames.until(el.dataSettled);
    const first = items(el).length;
    expect(first).toBe(20);
    // The first milestone not done (the 61st) is not drawn yet, so the first milestone holds the
    // tab stop and Tab reaches the list.
    await userEvent.keyboard('{Tab}');
    expect(shadowActiveElement(el)).toBe(button(el, 0));
    // PageDown moves ten at a time; past the last drawn milestone, the next one is drawn for it.
    const presses = Math.ceil(first / 10) + 1;
    for (let i = 0; i < presses; i += 1) await userEvent.keyboard('{PageDown}');
    await el.updateComplete;
    expect(shadowActiveElement(el)).toBe(button(el, presses * 10));
    expect(items(el).length).toBeGreaterThan(presses * 10);
    await frames.flush(el);
    await el.renderComplete;
    expect(items(el).map((li) => text(li.querySelector('.item__title')))).toEqual(many.map((m) => m.title));
    // The tab stop stays where the user moved it.
    expect(buttons(el).filter((b) => b.tabIndex === 0)).toEqual([button(el, presses * 10)]);
    await expectNoAxeViolations(el);
  }, 45_000);

  it('starts over cleanly when the community changes while milestones are drawn', async () => {
    const frames = holdAnimationFrames();
    const el = await fixture<SelMilestoneTimeline>(
      html`<sel-milestone-timeline
        today="2026-06-01"
        .community=${{ ...community, milestones: manyMilestones(1000) }}
      ></sel-milestone-timeline>`,
    );
    await frames.until(el.dataSettled);
    frames.run();
    await el.updateComplete;
    const titles = () => items(el).map((li) => text(li.querySelector('.item__title')));
    const before = titles();
    const others = manyMilestones(400).map((m) => ({ ...m, id: `other-${m.id}`, title: `Other ${m.title}` }));
    el.community = { ...community, milestones: others };
    await el.updateComplete;
    // The milestones drawn so far stay while the new community is checked.
    expect(titles().slice(0, before.length)).toEqual(before);
    await frames.until(el.dataSettled);
    expect(titles().length).toBeGreaterThan(0);
    expect(titles().length).toBeLessThan(400);
    expect(titles().every((title) => title.startsWith('Other '))).toBe(true);
    frames.release();
    await el.renderComplete;
    expect(titles()).toEqual(others.map((m) => m.title));
    expect(el.shadowRoot?.querySelectorAll('.axis__track .point')).toHaveLength(400);
  });

  it('draws up to 150 milestones whole in the first update', async () => {
    const frames = holdAnimationFrames();
    const el = await fixture<SelMilestoneTimeline>(
      html`<sel-milestone-timeline
        today="2026-06-01"
        .community=${{ ...community, milestones: manyMilestones(150) }}
      ></sel-milestone-timeline>`,
    );
    expect(items(el)).toHaveLength(150);
    expect(list(el)?.getAttribute('aria-busy')).toBeNull();
    expect(drawingStatus(el)).toBe('');
    expect(frames.pending).toBe(0);
  });

  it('passes axe while milestones are drawn and once they all are', { timeout: 60_000 }, async () => {
    const frames = holdAnimationFrames();
    const el = await fixture<SelMilestoneTimeline>(
      html`<sel-milestone-timeline
        today="2026-06-01"
        .community=${{ ...community, milestones: manyMilestones(200) }}
      ></sel-milestone-timeline>`,
    );
    await frames.until(el.dataSettled);
    expect(items(el).length).toBeGreaterThan(0);
    expect(items(el).length).toBeLessThan(200);
    await expectNoAxeViolations(el);
    await frames.flush(el);
    await el.renderComplete;
    expect(items(el)).toHaveLength(200);
    await expectNoAxeViolations(el);
  });
});

describe('<sel-milestone-timeline> data sources and invalid data', () => {
  // A thousand milestones drawn in frames: WebKit lays out each batch slowly, so it draws a few
  // rows per frame and takes about 30 seconds on a busy machine; the test gets a wider limit.
  it('resolves dataSettled only once data set just before it has been checked and shown', async () => {
    const el = await fixture<SelMilestoneTimeline>(
      html`<sel-milestone-timeline today="2026-06-01" .community=${community}></sel-milestone-timeline>`,
    );
    el.community = { ...community, milestones: manyMilestones(1000) };
    await el.dataSettled;
    expect(summary(el)).toMatch(/^1,000 milestones: /);
    expect(items(el).length).toBeGreaterThan(0);
    await el.renderComplete;
    expect(items(el)).toHaveLength(1000);
  }, 60_000);

  it('reads a src URL and inline JSON', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(community)], { type: 'application/json' }));
    const fromSrc = await fixture<SelMilestoneTimeline>(
      html`<sel-milestone-timeline src=${url} today=${TODAY}></sel-milestone-timeline>`,
    );
    await fromSrc.dataSettled;
    expect(items(fromSrc)).toHaveLength(6);
    await expectNoAxeViolations(fromSrc);

    const inline = await fixture<SelMilestoneTimeline>(
      `<sel-milestone-timeline today="${TODAY}"><script type="application/json">${JSON.stringify(community)}</script></sel-milestone-timeline>`,
    );
    expect(items(inline).map((li) => text(li.querySelector('.item__title')))).toEqual(ordered);
  });

  it('shows invalid data as an error with paths, fires sel-error, and keeps the timeline and focus', async () => {
    const el = await mount();
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{ArrowDown}');
    const error = nextEvent(el, 'sel-error');
    const broken = {
      ...community,
      milestones: [
        { ...milestones[0], due: '2027-02-30' },
        { ...milestones[1], phase: 'celebrate' },
      ],
    };
    el.community = broken as unknown as Community;
    const { detail } = await error;
    expect(detail.source).toBe('property');
    expect(detail.issues.map((issue) => issue.path)).toEqual([
      ['milestones', 0, 'due'],
      ['milestones', 1, 'phase'],
    ]);
    const alert = el.shadowRoot?.querySelector('[role="alert"]');
    expect(text(alert)).toContain('milestones[0].due: Expected a date as YYYY-MM-DD');
    expect(text(alert)).toContain('The last valid version is still shown');
    // The last valid timeline and the milestone the user was on are kept.
    expect(items(el)).toHaveLength(6);
    expect(shadowActiveElement(el)).toBe(button(el, 3));
    expect(text(details(el))).toContain('Owner Ana Ruiz');
    await expectNoAxeViolations(el);

    el.community = { ...community, name: 'Illinois community, fixed' };
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('.error-state')).toBeNull();
    expect(text(details(el))).toContain('Owner Ana Ruiz');
  });

  it('reports bad inline JSON in Spanish without throwing', async () => {
    const errors: string[] = [];
    const container = document.createElement('div');
    container.addEventListener('sel-error', (event) => errors.push(event.detail.issues[0]?.message ?? ''));
    document.body.append(container);
    container.innerHTML = `<sel-milestone-timeline lang="es"><script type="application/json">{"id": </script></sel-milestone-timeline>`;
    const el = container.querySelector('sel-milestone-timeline') as SelMilestoneTimeline;
    // Text that is not JSON is read again by core's JSON reader, which loads on first use.
    await el.dataSettled;
    await el.updateComplete;
    expect(errors).toHaveLength(1);
    expect(text(el.shadowRoot?.querySelector('[role="alert"]'))).toContain('No se pudo mostrar este contenido');
    await expectNoAxeViolations(el);
    container.remove();
  });
});
