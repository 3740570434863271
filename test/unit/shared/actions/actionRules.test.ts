import { describe, expect, it } from 'vitest';
import { isOpenAction, isOverdueAction } from '../../../../shared/actions';

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
});
