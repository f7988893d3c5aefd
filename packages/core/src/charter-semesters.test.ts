import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charterSemesters } from './charter-semesters.js';
import { generateSchedule } from './schedule.js';

const semestersOf = (charter: { start: string; end: string }) =>
  generateSchedule(charter).filter((event) => event.kind === 'fall-semester' || event.kind === 'spring-semester');

describe('charterSemesters', () => {
  it('lists a charter’s semesters clipped to it, in date order', () => {
    expect(charterSemesters({ start: '2026-09-15', end: '2027-06-30' })).toEqual([
      { id: 'fall-2026', kind: 'fall-semester', title: 'Fall 2026 semester', start: '2026-09-15', end: '2026-12-31' },
      { id: 'spring-2027', kind: 'spring-semester', title: 'Spring 2027 semester', start: '2027-01-01', end: '2027-05-31' },
    ]);
  }); // prettier-ignore

  it('gives exactly the semesters of generateSchedule for any charter', () => {
    const day = fc.date({ min: new Date('1999-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 4000 }), (start, length) => {
        const end = new Date(start.getTime() + length * 86_400_000);
        const charter = { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
        expect(charterSemesters(charter)).toEqual(semestersOf(charter));
      }),
      { numRuns: 200 },
    );
  }); // prettier-ignore
});
