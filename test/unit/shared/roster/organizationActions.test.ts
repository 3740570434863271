import { describe, expect, it } from 'vitest';
import type { Action } from '../../../../shared/domain';
import { actionUrgency, orderOrganizationActions } from '../../../../shared/roster';

type Sample = Pick<Action, 'status' | 'dueDate' | 'title'>;

const today = '2026-03-15';
const sample = (title: string, status: Action['status'], dueDate: string | null): Sample => ({
  title,
  status,
  dueDate,
});

describe('orderOrganizationActions', () => {
  it('lists overdue actions first, then open ones by due date, then closed ones', () => {
    const actions = [
      sample('completed last week', 'completata', '2026-03-08'),
      sample('open without date', 'inCorso', null),
      sample('open next month', 'daAvviare', '2026-04-10'),
      sample('overdue since January', 'inCorso', '2026-01-31'),
      sample('open tomorrow', 'bloccata', '2026-03-16'),
      sample('overdue since March', 'daAvviare', '2026-03-01'),
      sample('cancelled long ago', 'annullata', '2025-10-01'),
    ];
    expect(orderOrganizationActions(actions, today).map((action) => action.title)).toEqual([
      'overdue since January',
      'overdue since March',
      'open tomorrow',
      'open next month',
      'open without date',
      'completed last week',
      'cancelled long ago',
    ]);
  });

  it('does not count a completed action past its due date as overdue', () => {
    expect(actionUrgency(sample('done', 'completata', '2026-01-01'), today)).toBe('closed');
    expect(actionUrgency(sample('due today', 'inCorso', today), today)).toBe('open');
  });
});
