import { describe, expect, it } from 'vitest';
import { actionStepCalendarEvents } from './action-step-calendar-events.js';
import { SelValidationError } from './errors.js';

describe('actionStepCalendarEvents', () => {
  it('puts each action step on its due day, titled by what is to be done, with its owner', () => {
    expect(
      actionStepCalendarEvents([
        { id: 's1', description: 'Share the calendar with families', owner: 'Luis Ortega', due: '2027-02-01', status: 'not-started' },
      ]),
    ).toEqual([
      {
        id: 'action-step-s1',
        title: 'Share the calendar with families',
        start: '2027-02-01',
        description: 'Owner: Luis Ortega',
        categories: ['action-step'],
      },
    ]);
  }); // prettier-ignore

  it('refuses a step without an owner', () => {
    expect(() =>
      actionStepCalendarEvents([{ id: 's1', description: 'x', owner: ' ', due: '2027-02-01', status: 'done' }]),
    ).toThrow(SelValidationError);
  });
});
