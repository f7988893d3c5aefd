import { html } from 'lit';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { generateSchedule, milestoneCalendarEvents, scheduleCalendarEvents, type Community } from '@sel/core';
import { expectNoAxeViolations, fixture, shadowActiveElement } from '../test/index.js';
import { canRunInTimeZone, useTimeZone } from '../test/time-zone.js';
import './define.js';
import type { SelMilestoneTimeline } from './sel-milestone-timeline.js';
import { upcomingEvents } from './timeline-schedule.js';
import { calendarFileName } from './timeline-ics.js';

const community = (): Community => ({
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
  milestones: [
    { id: 'blueprint', title: 'Blueprint finalized', phase: 'detailed-design', due: '2027-01-01', status: 'done' },
    { id: 'launch', title: 'First communities launched', phase: 'launch', due: '2027-04-01', status: 'planned' },
  ],
});

/** Catches the download a click on the hidden link starts: its file name and text. */
function catchDownloads(): { readonly files: Promise<{ name: string; text: string }>[] } {
  const files: Promise<{ name: string; text: string }>[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const { href, download } = this;
    files.push(fetch(href).then(async (response) => ({ name: download, text: await response.text() })));
  });
  return { files };
}
afterEach(() => {
  vi.restoreAllMocks();
});

describe('upcomingEvents and calendarFileName', () => {
  it('lists the next five network events not over by today, without semesters', () => {
    const schedule = generateSchedule({ start: '2026-07-01', end: '2031-06-30' });
    expect(upcomingEvents(schedule, '2027-03-25').map((e) => `${e.kind} ${e.start}`)).toEqual([
      'network-meeting 2027-04-01',
      'research-webinar 2027-04-01',
      'network-meeting 2027-05-01',
      'network-meeting 2027-06-01',
      'research-webinar 2027-06-01',
    ]);
    expect(upcomingEvents(schedule, '2031-07-01')).toEqual([]);
  });

  it('names the file after the community id, in safe characters', () => {
    expect(calendarFileName(community())).toBe('il-community.ics');
    expect(calendarFileName({ ...community(), id: '../Niño <script>' })).toBe('Nino-script.ics');
    expect(calendarFileName({ ...community(), id: '///' })).toBe('community.ics');
  });
});

describe('<sel-milestone-timeline> calendar', () => {
  it('lists the next network events with their dates and how people meet', async () => {
    const el = await fixture<SelMilestoneTimeline>(
      html`<sel-milestone-timeline today="2027-03-25" .community=${community()}></sel-milestone-timeline>`,
    );
    await el.renderComplete;
    const items = [...(el.shadowRoot?.querySelectorAll('.upcoming li') ?? [])].map((li) =>
      li.textContent.replace(/\s+/g, ' ').trim(),
    );
    expect(items[0]).toBe('Community Network Partners meeting: April 1st, 2027 (online)');
    expect(items).toHaveLength(5);
    expect(el.shadowRoot?.querySelector('#calendar-heading')?.textContent).toBe('Upcoming network events');
    await expectNoAxeViolations(el);
  });

  it('downloads the whole charter as an .ics file a calendar reads back, from the keyboard', async () => {
    const downloads = catchDownloads();
    const el = await fixture<SelMilestoneTimeline>(
      html`<sel-milestone-timeline today="2027-03-25" .community=${community()}></sel-milestone-timeline>`,
    );
    await el.renderComplete;
    el.shadowRoot?.querySelector<HTMLButtonElement>('.calendar__add')?.focus();
    expect(shadowActiveElement(el)?.textContent.trim()).toBe('Add to calendar');
    await userEvent.keyboard('{Enter}');
    // The calendar's writer is loaded on the first press.
    await vi.waitFor(() => {
      expect(downloads.files).toHaveLength(1);
    });
    const file = await downloads.files[0];
    expect(file?.name).toBe('il-community.ics');
    const calendar = new ICAL.Component(ICAL.parse(file?.text ?? '') as unknown[]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Illinois learning community');
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const uids = events.map((event) => event.uid);
    expect(uids).toContain('il-community/series/network-meeting@sel.calendar');
    expect(uids).toContain('il-community/milestone-launch@sel.calendar');
    const launch = events.find((event) => event.uid === 'il-community/milestone-launch@sel.calendar');
    expect(launch?.startDate.toString()).toBe('2027-04-01');
    expect(launch?.summary).toBe('First communities launched');
    const meetings = events.find((event) => event.uid.endsWith('/series/network-meeting@sel.calendar'));
    expect(meetings?.isRecurring()).toBe(true);
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Chatham'])(
    'downloads a five-year charter that reads back with every event on its days in %s',
    async (zone) => {
      if (!canRunInTimeZone(zone)) return;
      await useTimeZone(zone);
      try {
        const downloads = catchDownloads();
        const data = community();
        const el = await fixture<SelMilestoneTimeline>(
          html`<sel-milestone-timeline today="2027-03-25" .community=${data}></sel-milestone-timeline>`,
        );
        await el.renderComplete;
        el.shadowRoot?.querySelector<HTMLButtonElement>('.calendar__add')?.click();
        await vi.waitFor(() => {
          expect(downloads.files).toHaveLength(1);
        });
        const text = (await downloads.files[0])?.text ?? '';
        // Every occurrence a calendar app shows, recurring series expanded: first and last day, title.
        const seen: string[] = [];
        for (const vevent of new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent')) {
          const event = new ICAL.Event(vevent);
          const days = event.endDate.subtractDate(event.startDate).toSeconds() / 86_400;
          const starts: ICAL.Time[] = [];
          if (event.isRecurring()) {
            const occurrences = event.iterator();
            for (
              let next = occurrences.next() as ICAL.Time | undefined;
              next;
              next = occurrences.next() as ICAL.Time | undefined
            ) {
              starts.push(next);
            }
          } else starts.push(event.startDate);
          for (const start of starts) {
            const last = start.clone();
            last.adjust(days - 1, 0, 0, 0);
            seen.push(`${start.toString()}..${last.toString()} ${event.summary}`);
          }
        }
        const expected = [
          ...scheduleCalendarEvents(generateSchedule(data.charter)),
          ...milestoneCalendarEvents(data.milestones),
        ].map((event) => `${event.start}..${event.end ?? event.start} ${event.title}`);
        expect(seen.sort()).toEqual(expected.sort());
        expect(seen.length).toBeGreaterThan(90);
      } finally {
        await useTimeZone('');
      }
    },
  );

  it('speaks Spanish', async () => {
    const el = await fixture<SelMilestoneTimeline>(
      html`<sel-milestone-timeline today="2027-03-25" .community=${community()}></sel-milestone-timeline>`,
      { lang: 'es' },
    );
    await el.renderComplete;
    expect(el.shadowRoot?.querySelector('.calendar__add')?.textContent.trim()).toBe('Agregar al calendario');
    expect(el.shadowRoot?.querySelector('.upcoming li')?.textContent.replace(/\s+/g, ' ').trim()).toBe(
      'Reunión de socios de la red comunitaria: 1 de abril de 2027 (en línea)',
    );
  });
});
