import { describe, expect, it } from 'vitest';
import {
  calendarDayOf,
  isDueSoonAction,
  isDueThisWeekAction,
  isOpenAction,
  isOverdueAction,
} from '../../../../shared/actions';
import { inTimeZone, timeZones } from './timeZones';

describe('action rules', () => {
  it('counts not started, in progress and blocked actions as open', () => {
    expect(isOpenAction({ status: 'daAvviare' })).toBe(true);
    expect(isOpenAction({ status: 'inCorso' })).toBe(true);
    expect(isOpenAction({ status: 'bloccata' })).toBe(true);
    expect(isOpenAction({ status: 'completata' })).toBe(false);
    expect(isOpenAction({ status: 'annullata' })).toBe(false);
  });

  it('makes an open action overdue only from the day after its due date', () => {
    const action = { status: 'inCorso' as const, dueDate: '2026-03-31' };
    expect(isOverdueAction(action, '2026-03-31')).toBe(false);
    expect(isOverdueAction(action, '2026-04-01')).toBe(true);
    expect(isOverdueAction({ ...action, status: 'completata' }, '2026-04-01')).toBe(false);
    expect(isOverdueAction({ ...action, dueDate: null }, '2030-01-01')).toBe(false);
  });

  it('decides overdue on the user’s own calendar: the same instant is past the day in Rome, not yet in New York', () => {
    const action = { status: 'daAvviare' as const, dueDate: '2026-03-31' };
    const instant = new Date(Date.UTC(2026, 2, 31, 22, 30));
    const overdueIn = (zone: string): boolean =>
      inTimeZone(zone, () => isOverdueAction(action, calendarDayOf(instant)));
    expect(overdueIn('Europe/Rome')).toBe(true);
    expect(overdueIn('Pacific/Auckland')).toBe(true);
    expect(overdueIn('America/New_York')).toBe(false);
    expect(overdueIn('America/Santiago')).toBe(false);
    expect(overdueIn('UTC')).toBe(false);
  });

  for (const zone of timeZones) {
    it(`counts an action due soon within seven days, across the clock changes, in ${zone}`, () => {
      inTimeZone(zone, () => {
        const open = { status: 'inCorso' as const };
        // Rome moves its clocks on 29 March, Santiago and Auckland on 5 April.
        expect(isDueSoonAction({ ...open, dueDate: '2026-03-25' }, '2026-03-25')).toBe(true);
        expect(isDueSoonAction({ ...open, dueDate: '2026-04-01' }, '2026-03-25')).toBe(true);
        expect(isDueSoonAction({ ...open, dueDate: '2026-04-02' }, '2026-03-25')).toBe(false);
        expect(isDueSoonAction({ ...open, dueDate: '2026-03-24' }, '2026-03-25')).toBe(false);
        expect(isDueSoonAction({ ...open, dueDate: '2026-04-06' }, '2026-03-30')).toBe(true);
        expect(isDueSoonAction({ ...open, dueDate: '2026-09-10' }, '2026-09-03')).toBe(true);
        expect(isDueSoonAction({ ...open, dueDate: '2026-09-11' }, '2026-09-03')).toBe(false);
        expect(isDueSoonAction({ ...open, dueDate: '2026-04-01' }, '2026-03-31', 1)).toBe(true);
        expect(isDueSoonAction({ status: 'completata', dueDate: '2026-03-26' }, '2026-03-25')).toBe(
          false,
        );
        expect(isDueSoonAction({ ...open, dueDate: null }, '2026-03-25')).toBe(false);
      });
    });

    it(`counts an action due this week up to Sunday, across the clock changes, in ${zone}`, () => {
      inTimeZone(zone, () => {
        const open = { status: 'bloccata' as const };
        expect(isDueThisWeekAction({ ...open, dueDate: '2026-03-29' }, '2026-03-27')).toBe(true);
        expect(isDueThisWeekAction({ ...open, dueDate: '2026-03-30' }, '2026-03-27')).toBe(false);
        expect(isDueThisWeekAction({ ...open, dueDate: '2026-03-26' }, '2026-03-27')).toBe(false);
        expect(isDueThisWeekAction({ ...open, dueDate: '2026-04-05' }, '2026-04-05')).toBe(true);
        expect(isDueThisWeekAction({ ...open, dueDate: '2026-09-06' }, '2026-08-31')).toBe(true);
        expect(
          isDueThisWeekAction({ status: 'annullata', dueDate: '2026-03-28' }, '2026-03-27'),
        ).toBe(false);
      });
    });
  }
});
