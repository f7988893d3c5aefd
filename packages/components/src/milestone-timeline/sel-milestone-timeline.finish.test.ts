import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Community } from '@sel/core';
import { expectNoAxeViolations, fixture } from '../test/index.js';
import './define.js';
import type { SelMilestoneTimeline } from './sel-milestone-timeline.js';

const community: Community = {
  id: 'il-community',
  name: 'Illinois learning community',
  scope: { kind: 'state', state: 'IL' },
  readiness: 'initiating',
  charter: { start: '2026-07-01', end: '2031-06-30' },
  phase: 'launch',
  leadershipTeam: [],
  committees: [],
  members: [],
  districts: [],
  milestones: [
    { id: 'proposals', title: 'Platform proposals reviewed', phase: 'detailed-design', due: '2026-09-01', status: 'done', completedOn: '2026-08-28' },
    { id: 'blueprint', title: 'Blueprint finalized', phase: 'detailed-design', due: '2027-01-01', status: 'done' },
    { id: 'semesters', title: 'Semesters planned', phase: 'detailed-design', due: '2027-03-01', status: 'planned' },
    { id: 'launched', title: 'First communities launched', phase: 'launch', due: '2027-04-01', status: 'in-progress' },
    { id: 'funding', title: 'Funding applications submitted', phase: 'launch', due: '2027-09-30', status: 'planned' },
  ],
}; // prettier-ignore

async function mount(width?: string, data: Community = community): Promise<SelMilestoneTimeline> {
  const el = await fixture<SelMilestoneTimeline>(
    html`<sel-milestone-timeline today="2027-03-25" .community=${data}></sel-milestone-timeline>`,
  );
  if (width !== undefined) (el.parentElement as HTMLElement).style.inlineSize = width;
  await el.renderComplete;
  return el;
}

const root = (el: SelMilestoneTimeline): ShadowRoot => {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
};

describe('<sel-milestone-timeline> finish', () => {
  it('is not a page banner: its heading block is no <header> landmark', async () => {
    const el = await mount();
    expect(root(el).querySelector('header, [role="banner"]')).toBeNull();
    expect(root(el).querySelector('[part="header"] .heading')?.textContent.trim()).toBe(
      'Timeline of Illinois learning community',
    );
  });

  it('numbers the first milestone from today beside it, with the "Today" divider above the item', async () => {
    const el = await mount();
    const item = root(el).querySelector<HTMLLIElement>('li.item--from-today');
    const label = item?.querySelector('.item__today');
    const button = item?.querySelector('.item__button');
    if (!item || !label || !button) throw new Error('no item from today');
    expect(button.textContent).toContain('First communities launched');
    const itemBox = item.getBoundingClientRect();
    const labelBox = label.getBoundingClientRect();
    const buttonBox = button.getBoundingClientRect();
    // The list number sits on the item's first line: that line must be the milestone's, not the label's.
    expect(buttonBox.top - itemBox.top).toBeLessThanOrEqual(3);
    expect(labelBox.bottom).toBeLessThanOrEqual(itemBox.top + 0.5);
    expect(labelBox.height).toBeGreaterThan(0);
    // The divider's label stays clear of the milestone before it.
    const before = item.previousElementSibling?.getBoundingClientRect();
    expect(labelBox.top).toBeGreaterThanOrEqual((before?.bottom ?? 0) - 0.5);
    await expectNoAxeViolations(el);
  });

  it('never breaks a due date across lines, even in a narrow column', async () => {
    const el = await mount('12rem');
    const dates = [...root(el).querySelectorAll('.item__due time')];
    expect(dates).toHaveLength(5);
    for (const date of dates) expect(date.getClientRects(), date.textContent).toHaveLength(1);
  });

  it('says once that a milestone is overdue: its details give the recorded status and the due day apart', async () => {
    const el = await mount();
    const item = root(el).querySelectorAll<HTMLLIElement>('li.item')[2];
    item?.querySelector<HTMLButtonElement>('.item__button')?.focus();
    await el.updateComplete;
    const rows = [...(item?.querySelectorAll('.details dt') ?? [])].map((dt) => [
      dt.textContent.trim(),
      dt.nextElementSibling?.textContent.replace(/\s+/g, ' ').trim(),
    ]);
    expect(rows.slice(0, 2)).toEqual([
      ['Recorded status', 'Planned'],
      ['Due', '24 days ago'],
    ]);
    const words = item?.textContent.replace(/\s+/g, ' ') ?? '';
    expect(words.match(/overdue|past its due date/gi)).toEqual(['Overdue']);
    expect(words).not.toContain(' · ');
    await userEvent.keyboard('{Home}');
    await el.updateComplete;
    const done = root(el).querySelector('li.item .details');
    expect(done?.textContent.replace(/\s+/g, ' ')).toContain('Completed August 28th, 2026');
    await expectNoAxeViolations(el);
  });

  it('says plainly that a community has no milestones, without a row of zeros', async () => {
    const el = await mount(undefined, { ...community, milestones: [] });
    const summary = root(el).querySelector('.summary');
    expect(summary?.textContent.trim()).toBe('This community has no milestones yet.');
    expect(root(el).textContent).not.toMatch(/\b0 (milestones|done|overdue)/);
    expect(root(el).textContent.match(/no milestones yet/g)).toHaveLength(1);
  });
});

/** The declarations of `selector` inside the element's `@media print` rules. */
function printRule(el: SelMilestoneTimeline, selector: string): CSSStyleDeclaration | undefined {
  for (const sheet of root(el).adoptedStyleSheets) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof CSSMediaRule) || !rule.media.mediaText.includes('print')) continue;
      for (const inner of rule.cssRules) {
        if (inner instanceof CSSStyleRule && inner.selectorText === selector) return inner.style;
      }
    }
  }
  return undefined;
}

/**
 * Runs `check` with the element's print rules applied on screen (their media made `all`), so a
 * test can see what paper shows; the rules are put back after.
 */
async function asPrinted(el: SelMilestoneTimeline, check: () => void | Promise<void>): Promise<void> {
  const flipped: CSSMediaRule[] = [];
  for (const sheet of root(el).adoptedStyleSheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print') {
        rule.media.mediaText = 'all';
        flipped.push(rule);
      }
    }
  }
  try {
    await check();
  } finally {
    for (const rule of flipped) rule.media.mediaText = 'print';
  }
}

describe('<sel-milestone-timeline> in print', () => {
  it('keeps the fill of every point and legend symbol when backgrounds are not printed', async () => {
    const el = await mount();
    // Without it, a done dot prints as an upcoming ring and the at-risk triangle, all fill, vanishes.
    expect(root(el).querySelector('.legend .shape--at-risk')).not.toBeNull();
    const point = printRule(el, '.point');
    const adjust = [
      point?.getPropertyValue('print-color-adjust'),
      point?.getPropertyValue('-webkit-print-color-adjust'),
    ];
    expect(adjust).toContain('exact');
  });

  it('draws filled shapes with borders on paper, so they differ with background printing off', async () => {
    const el = await mount('46rem');
    await asPrinted(el, () => {
      for (const state of ['done', 'overdue', 'at-risk', 'upcoming']) {
        const shapes = [...root(el).querySelectorAll<HTMLElement>(`.legend .shape--${state}, .axis .shape--${state}`)];
        expect(shapes.length, state).toBeGreaterThan(1);
        for (const shape of shapes) {
          const style = getComputedStyle(shape);
          const border = Number.parseFloat(style.borderTopWidth);
          const half = shape.offsetWidth / 2;
          expect(style.borderTopColor, state).not.toBe('rgba(0, 0, 0, 0)');
          // A filled shape is all border (what a printer keeps); an upcoming one stays a ring.
          if (state === 'upcoming') expect(border, state).toBeLessThan(half - 1);
          else expect(border, state).toBeGreaterThanOrEqual(half - 0.5);
        }
      }
    });
  });

  it('writes every phase and semester label whole on a printed page', async () => {
    const el = await mount('46rem');
    await asPrinted(el, () => {
      const labels = [...root(el).querySelectorAll<HTMLElement>('.band__label, .semester__label')];
      expect(labels.length).toBeGreaterThan(10);
      for (const label of labels) {
        expect(label.scrollWidth, label.textContent).toBeLessThanOrEqual(label.clientWidth + 1);
        expect(label.scrollHeight, label.textContent).toBeLessThanOrEqual(label.clientHeight + 1);
      }
    });
  });
});

describe('<sel-milestone-timeline> axis', () => {
  const overlap = (a: DOMRect, b: DOMRect): number =>
    Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
    Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

  it('shows every point of a day on which several milestones fall, none hiding another', async () => {
    const sameDay = {
      ...community,
      milestones: [
        ...community.milestones,
        {
          id: 'overdue-twin',
          title: 'Advisory committee formed',
          phase: 'launch',
          due: '2027-03-01',
          status: 'planned',
        },
        { id: 'done-twin', title: 'Welcoming committee formed', phase: 'launch', due: '2027-03-01', status: 'done' },
      ],
    } satisfies Community;
    const el = await mount('48rem', sameDay);
    const points = [...root(el).querySelectorAll<HTMLElement>('.axis__track .point')];
    const dueOf = (point: HTMLElement) =>
      root(el)
        .querySelector(`.item__button[data-index="${point.dataset['index'] ?? ''}"] time`)
        ?.getAttribute('datetime');
    const onThatDay = points.filter((point) => dueOf(point) === '2027-03-01');
    expect(onThatDay).toHaveLength(3);
    const boxes = onThatDay.map((point) => point.getBoundingClientRect());
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(0);
    }
    // Still on their date: the same place along the axis.
    expect(new Set(boxes.map((box) => Math.round(box.left + box.width / 2))).size).toBe(1);
  });

  it('writes every phase and semester label whole, in English and Spanish, wrapping rather than cutting it', async () => {
    for (const lang of ['en', 'es'] as const) {
      const el = await fixture<SelMilestoneTimeline>(
        html`<sel-milestone-timeline today="2027-03-25" .community=${community}></sel-milestone-timeline>`,
        { lang },
      );
      (el.parentElement as HTMLElement).style.inlineSize = '60rem';
      await el.renderComplete;
      const labels = [...root(el).querySelectorAll<HTMLElement>('.band__label, .semester__label')];
      expect(labels.length).toBeGreaterThan(10);
      for (const label of labels) {
        const name = `${lang}: ${label.textContent}`;
        expect(label.scrollWidth, name).toBeLessThanOrEqual(label.clientWidth + 1);
        expect(label.scrollHeight, name).toBeLessThanOrEqual(label.clientHeight + 1);
        const box = label.getBoundingClientRect();
        const segment = (label.parentElement as HTMLElement).getBoundingClientRect();
        expect(box.right, name).toBeLessThanOrEqual(segment.right + 1);
        expect(box.bottom, name).toBeLessThanOrEqual(segment.bottom + 1);
      }
      el.remove();
    }
  });

  it('draws the today line under the phase and semester labels, not through their words', async () => {
    const el = await fixture<SelMilestoneTimeline>(
      html`<sel-milestone-timeline today="2027-01-20" .community=${community}></sel-milestone-timeline>`,
    );
    (el.parentElement as HTMLElement).style.inlineSize = '60rem';
    await el.renderComplete;
    const line = root(el).querySelector<HTMLElement>('.today-line');
    if (!line) throw new Error('no today line');
    const x = line.getBoundingClientRect().left + 1;
    const crossed = [...root(el).querySelectorAll<HTMLElement>('.band__label, .semester__label')].filter((label) => {
      const box = label.getBoundingClientRect();
      return box.left <= x && x <= box.right;
    });
    expect(crossed.length).toBeGreaterThan(0);
    expect(getComputedStyle(line).zIndex).toBe('auto');
    for (const label of crossed) {
      const style = getComputedStyle(label);
      // Painted above the line, on its segment's own colour.
      expect(style.position).not.toBe('static');
      expect(Number(style.zIndex)).toBeGreaterThan(0);
      expect(style.backgroundColor).toBe(getComputedStyle(label.parentElement as HTMLElement).backgroundColor);
      expect(style.backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    }
  });

  it('keeps the "Today" label inside the frame when today is near the end of the charter', async () => {
    const el = await fixture<SelMilestoneTimeline>(
      html`<sel-milestone-timeline today="2031-06-25" .community=${community}></sel-milestone-timeline>`,
    );
    (el.parentElement as HTMLElement).style.inlineSize = '40rem';
    await el.renderComplete;
    const frame = root(el).querySelector('.axis')?.getBoundingClientRect();
    const label = root(el).querySelector('.today-line__label')?.getBoundingClientRect();
    if (!frame || !label) throw new Error('no axis or today label');
    expect(label.width).toBeGreaterThan(0);
    expect(label.left).toBeGreaterThanOrEqual(frame.left);
    expect(label.right).toBeLessThanOrEqual(frame.right);
  });
});
