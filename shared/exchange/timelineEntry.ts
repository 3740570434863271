import { actionStatuses, type ActionUpdate } from '../domain';
import type { ActionChange } from './importPlan';
import type { BaseValue } from './partnerBase';

/** The part of an action's timeline entry an import fills in. */
export type TimelineChange = Pick<
  ActionUpdate,
  'text' | 'statusFrom' | 'statusTo' | 'progressFrom' | 'progressTo' | 'dueDateFrom' | 'dueDateTo'
>;

/** The timeline entry that records an action's accepted changes and the partner's note. */
export function timelineChangeOf(change: ActionChange): TimelineChange {
  const value = (field: string, side: 'from' | 'to'): BaseValue =>
    change.changes.find((fieldChange) => fieldChange.field === field)?.[side] ?? null;
  const status = (side: 'from' | 'to') =>
    actionStatuses.find((candidate) => candidate === value('status', side)) ?? null;
  const number = (side: 'from' | 'to'): number | null => {
    const found = value('progress', side);
    return typeof found === 'number' ? found : null;
  };
  const day = (side: 'from' | 'to'): string | null => {
    const found = value('dueDate', side);
    return typeof found === 'string' ? found : null;
  };
  return {
    text: change.note,
    statusFrom: status('from'),
    statusTo: status('to'),
    progressFrom: number('from'),
    progressTo: number('to'),
    dueDateFrom: day('from'),
    dueDateTo: day('to'),
  };
}
