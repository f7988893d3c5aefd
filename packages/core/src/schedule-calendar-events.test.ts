import { describe, expect, it } from 'vitest';
import { SelValidationError } from './errors.js';
import { generateSchedule } from './schedule.js';
import { scheduleCalendarEvents } from './schedule-calendar-events.js';

describe('scheduleCalendarEvents', () => {
  const schedule = generateSchedule({ start: '2027-01-15', end: '2027-12-31' });

  it("keeps each event's id, title and days, with its kind and mode as categories", () => {
    const events = scheduleCalendarEvents(schedule);
    expect(events).toHaveLength(schedule.length);
    expect(events.find((e) => e.id === 'network-meeting-2027-01-15')).toEqual({
      id: 'network-meeting-2027-01-15',
      title: 'Community Network Partners meeting',
      start: '2027-01-15',
      end: '2027-01-15',
      categories: ['network-meeting', 'virtual'],
      series: 'network-meeting',
    });
    expect(events.find((e) => e.id === 'fall-2027')).toEqual({
      id: 'fall-2027',
      title: 'Fall 2027 semester',
      start: '2027-08-01',
      end: '2027-12-31',
      categories: ['fall-semester'],
    });
  });

  it('puts meetings and webinars in series, and nothing else', () => {
    const series = new Set(scheduleCalendarEvents(schedule).map((e) => e.series));
    expect(series).toEqual(new Set(['network-meeting', 'research-webinar', undefined]));
  });

  it('refuses an invalid event with its path', () => {
    const bad = [{ ...schedule[0], start: 'soon' }];
    expect(() => scheduleCalendarEvents(bad as never)).toThrow(SelValidationError);
  });
});
