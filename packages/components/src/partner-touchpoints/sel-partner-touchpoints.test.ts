import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { PartnerWorkbook } from '@sel/core';
import { expectNoAxeViolations, fixture, nextEvent } from '../test/index.js';
import { focused, q, retype, root } from '../partner-workbook/test-workbook-dom.js';
import { sampleWorkbook } from '../partner-inventory/test-spreadsheets.js';
import './define.js';
import type { SelPartnerTouchpoints } from './sel-partner-touchpoints.js';

async function touchpoints(
  workbook: PartnerWorkbook = sampleWorkbook(),
  lang?: string,
): Promise<SelPartnerTouchpoints> {
  const el = await fixture<SelPartnerTouchpoints>(
    html`<sel-partner-touchpoints today="2026-11-15" .workbook=${workbook}></sel-partner-touchpoints>`,
    lang ? { lang } : {},
  );
  await el.renderComplete;
  return el;
}

/** Each row as its cells' text: partner, tier, topic, last, next, state. */
const rows = (el: Element): string[][] =>
  [...root(el).querySelectorAll('tbody tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].slice(0, 6).map((cell) => cell.textContent.trim()),
  );

describe('<sel-partner-touchpoints>', () => {
  it('lists tiers 1 and 2 by topic, the most overdue first, with the state in words', async () => {
    const el = await touchpoints();
    const all = rows(el);
    expect(all).toHaveLength(8);
    expect(all[0]).toEqual([
      'YMCA North',
      'Clearly supports SEL',
      'Spreading the word',
      'October 1st, 2026',
      'November 1st, 2026',
      'Overdue by 14 days',
    ]);
    expect(all.slice(1).map((row) => row[5])).toEqual(Array(7).fill('Never held: due now'));
    expect(all.map((row) => row[0])).not.toContain('Riverbend Bank');
    expect([...root(el).querySelectorAll('thead th')].map((th) => th.textContent.trim())).toEqual([
      'Partner',
      'Tier',
      'Topic',
      'Last check-in',
      'Next due',
      'State',
      'Log',
    ]);
    await expectNoAxeViolations(el);
  });

  it('filters by topic and by partner, and shows the chosen partner history', async () => {
    const el = await touchpoints();
    await userEvent.selectOptions(q(el, 'select[name="filter-topic"]'), 'spreading-the-word');
    await el.updateComplete;
    expect(rows(el).map((row) => row[0])).toEqual(['YMCA North', 'Clínica Niños Sanos']);
    await userEvent.selectOptions(q(el, 'select[name="filter-partner"]'), 'ymca');
    await el.updateComplete;
    expect(rows(el)).toHaveLength(1);
    expect(q(el, '.history').textContent.replace(/\s+/g, ' ')).toMatch(
      /Check-ins with YMCA North October 1st, 2026, Spreading the word \(Lee\)/,
    );
    await expectNoAxeViolations(el);
  });

  it('logs a check-in from a row by keyboard, with each problem beside its field', async () => {
    const el = await touchpoints();
    const log = q(el, 'tbody tr:first-child [data-action="log"]');
    log.focus();
    await userEvent.keyboard('{Enter}');
    // The dialog's code loads on first use: it opens with focus on its date.
    await expect.poll(() => focused(el)?.id).toBe('checkin-date');
    await retype(q(el, '#checkin-date'), '');
    await userEvent.click(q(el, 'dialog button[type="submit"]'));
    await el.updateComplete;
    expect(q(el, '#checkin-date').getAttribute('aria-invalid')).toBe('true');
    expect(q(el, '#checkin-date-error').textContent).toMatch(/YYYY-MM-DD/);
    await expectNoAxeViolations(el);
    await retype(q(el, '#checkin-date'), '2026-11-14');
    await retype(q(el, '#checkin-by'), 'Marta <b>Ruiz');
    await retype(q(el, '#checkin-notes'), 'Shared the family newsletter');
    const change = nextEvent(el, 'sel-workbook-change');
    // Enter in a text field submits the form, as a keyboard user does.
    q(el, '#checkin-by').focus();
    await userEvent.keyboard('{Enter}');
    const { detail } = await change;
    expect(detail.change).toMatchObject({
      kind: 'log-check-in',
      touchpoint: {
        partnerId: 'ymca',
        topic: 'spreading-the-word',
        date: '2026-11-14',
        by: 'Marta <b>Ruiz',
        notes: 'Shared the family newsletter',
      },
    });
    await el.updateComplete;
    const ymca = rows(el).find((row) => row[0] === 'YMCA North' && row[2] === 'Spreading the word');
    expect(ymca?.[5]).toBe('Due in 29 days');
    expect(q(el, '.history').textContent).toContain('Marta <b>Ruiz');
  });

  it('edits the months between check-ins per tier and reports a bad number beside it', async () => {
    const el = await touchpoints();
    const input = q(el, '#cadence-clearly-supports') as HTMLInputElement;
    expect(input.value).toBe('1');
    await retype(input, 'soon');
    input.dispatchEvent(new Event('change'));
    await expect
      .poll(() => root(el).querySelector('#cadence-clearly-supports-error')?.textContent)
      .toMatch(/whole number of months/);
    const change = nextEvent(el, 'sel-workbook-change');
    await retype(input, '2');
    input.dispatchEvent(new Event('change'));
    expect((await change).detail.workbook.cadence).toEqual({ 'clearly-supports': 2 });
    await el.updateComplete;
    expect(rows(el).find((row) => row[0] === 'YMCA North' && row[2] === 'Spreading the word')?.[5]).toBe(
      'Due in 16 days',
    );
    expect(root(el).querySelector('#cadence-clearly-supports-error')).toBeNull();
  });

  it('speaks Spanish and says when no partner has a tier with check-ins', async () => {
    const el = await touchpoints(sampleWorkbook(), 'es');
    expect(rows(el)[0]?.[5]).toBe('Atrasada 14 días');
    await expectNoAxeViolations(el);
    const empty = await touchpoints({ ...sampleWorkbook(), assignments: {} });
    expect(q(empty, '.empty').textContent).toMatch(/No partner is in tier 1 or 2/);
  });

  it('reports a today that is not a date, and judges against the device date instead', async () => {
    const el = await touchpoints();
    const error = nextEvent(el, 'sel-error');
    el.today = '2026-02-30';
    expect((await error).detail.issues[0]?.path).toEqual(['today']);
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')?.textContent).toMatch(/today/);
  });
});
