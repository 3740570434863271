import { z } from 'zod';
import { actionStatuses, isoDateSchema, type Action } from '../domain';
import { normalizeForSearch } from '../search';
import { isOverdueAction } from './actionRules';

/** What the action views show: every field left empty means "any". */
export const actionFilterSchema = z.object({
  ownerOrganizationId: z.string().nullable().default(null),
  statuses: z.array(z.enum(actionStatuses)).default([]),
  projectId: z.string().nullable().default(null),
  originMeetingId: z.string().nullable().default(null),
  dueFrom: isoDateSchema.nullable().default(null),
  dueTo: isoDateSchema.nullable().default(null),
  overdueOnly: z.boolean().default(false),
  tag: z.string().nullable().default(null),
  text: z.string().default(''),
  includeArchived: z.boolean().default(false),
});

/** A filter of the action views. */
export type ActionFilter = z.infer<typeof actionFilterSchema>;

/** The filter that lets every live action through. */
export const emptyActionFilter: ActionFilter = actionFilterSchema.parse({});

/** A complete filter from the fields a caller cares about. */
export function actionFilterOf(partial: Partial<ActionFilter>): ActionFilter {
  return { ...emptyActionFilter, ...partial };
}

/** How many conditions a filter sets, archived included. */
export function activeFilterCount(filter: ActionFilter): number {
  return [
    filter.ownerOrganizationId !== null,
    filter.statuses.length > 0,
    filter.projectId !== null,
    filter.originMeetingId !== null,
    filter.dueFrom !== null || filter.dueTo !== null,
    filter.overdueOnly,
    filter.tag !== null,
    filter.text.trim() !== '',
    filter.includeArchived,
  ].filter(Boolean).length;
}

/** The words a text filter looks for, normalized like the search index. */
export function filterWords(text: string): string[] {
  return normalizeForSearch(text).split(' ').filter(Boolean);
}

const searchTexts = new WeakMap<Action, string>();

/**
 * The normalized title and description of an action, which the text filter searches. Kept per
 * action object (a changed action is a new object), so typing does not normalize 50,000 texts
 * on every keystroke.
 */
export function actionSearchText(action: Action): string {
  const cached = searchTexts.get(action);
  if (cached !== undefined) return cached;
  const text = normalizeForSearch(`${action.title} ${action.description}`);
  searchTexts.set(action, text);
  return text;
}

/** A predicate for one filter: prepared once, then run on many actions. */
export function actionFilterPredicate(
  filter: ActionFilter,
  today: string,
): (action: Action) => boolean {
  const statuses = new Set(filter.statuses);
  const words = filterWords(filter.text);
  return (action) => {
    if (action.archivedAt !== null && !filter.includeArchived) return false;
    if (filter.ownerOrganizationId !== null) {
      if (action.ownerOrganizationId !== filter.ownerOrganizationId) return false;
    }
    if (statuses.size > 0 && !statuses.has(action.status)) return false;
    if (filter.projectId !== null && action.projectId !== filter.projectId) return false;
    if (filter.originMeetingId !== null && action.originMeetingId !== filter.originMeetingId) {
      return false;
    }
    if (filter.dueFrom !== null || filter.dueTo !== null) {
      if (action.dueDate === null) return false;
      if (filter.dueFrom !== null && action.dueDate < filter.dueFrom) return false;
      if (filter.dueTo !== null && action.dueDate > filter.dueTo) return false;
    }
    if (filter.overdueOnly && !isOverdueAction(action, today)) return false;
    if (filter.tag !== null && !action.tags.includes(filter.tag)) return false;
    if (words.length > 0) {
      const haystack = actionSearchText(action);
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  };
}

/** Whether one action passes a filter on the given day. */
export function matchesActionFilter(action: Action, filter: ActionFilter, today: string): boolean {
  return actionFilterPredicate(filter, today)(action);
}

/** The actions that pass a filter, in their original order. */
export function filterActions(
  actions: readonly Action[],
  filter: ActionFilter,
  today: string,
): Action[] {
  return actions.filter(actionFilterPredicate(filter, today));
}

/** Whether a filter's due-date range ends before it starts, so that no action could fall in it. */
export function isInvertedDueRange(filter: Pick<ActionFilter, 'dueFrom' | 'dueTo'>): boolean {
  return filter.dueFrom !== null && filter.dueTo !== null && filter.dueTo < filter.dueFrom;
}
