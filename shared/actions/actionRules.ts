import type { Action, ActionStatus } from '../domain';
import { addCalendarDays, endOfWeekDay } from './calendarDays';

/** The statuses of an action that still asks for work. */
export const openActionStatuses: readonly ActionStatus[] = ['daAvviare', 'inCorso', 'bloccata'];

/** How many days ahead an open action counts as due soon. */
export const dueSoonDays = 7;

/** Whether an action still asks for work: not completed and not cancelled. */
export function isOpenAction(action: Pick<Action, 'status'>): boolean {
  return openActionStatuses.includes(action.status);
}

/** Whether an open action's due day (`yyyy-MM-dd`) is before today (`yyyy-MM-dd`, the user's calendar). */
export function isOverdueAction(
  action: Pick<Action, 'status' | 'dueDate'>,
  today: string,
): boolean {
  return isOpenAction(action) && action.dueDate !== null && action.dueDate < today;
}

/**
 * Whether an open action falls due between two days, both included. For many actions, compute
 * the days once and call this: the helpers below compute them on every call.
 */
export function isDueBetween(
  action: Pick<Action, 'status' | 'dueDate'>,
  first: string,
  last: string,
): boolean {
  return (
    isOpenAction(action) &&
    action.dueDate !== null &&
    action.dueDate >= first &&
    action.dueDate <= last
  );
}

/** Whether an open action falls due today or within the next `withinDays` days. */
export function isDueSoonAction(
  action: Pick<Action, 'status' | 'dueDate'>,
  today: string,
  withinDays: number = dueSoonDays,
): boolean {
  return isDueBetween(action, today, addCalendarDays(today, withinDays));
}

/** Whether an open action falls due between today and the Sunday of this week. */
export function isDueThisWeekAction(
  action: Pick<Action, 'status' | 'dueDate'>,
  today: string,
): boolean {
  return isDueBetween(action, today, endOfWeekDay(today));
}
