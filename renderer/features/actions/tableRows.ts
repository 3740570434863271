import { groupActions, type ActionGrouping, type NameLookup } from '../../../shared/actions';
import type { Action } from '../../../shared/domain';

/** A line of the virtualized table: a group heading or an action. */
export type TableLine =
  | { kind: 'group'; key: string; id: string | null; name: string | null; count: number }
  | { kind: 'action'; key: string; action: Action };

/** The lines of the table for sorted actions, with a heading before each group when grouped. */
export function tableLinesOf(
  actions: readonly Action[],
  grouping: ActionGrouping,
  names: NameLookup,
): TableLine[] {
  const line = (action: Action): TableLine => ({ kind: 'action', key: action.id, action });
  if (grouping === 'none') return actions.map(line);
  return groupActions(actions, grouping, names).flatMap((group) => [
    {
      kind: 'group' as const,
      key: `group-${group.id ?? 'none'}`,
      id: group.id,
      name: group.name,
      count: group.actions.length,
    },
    ...group.actions.map(line),
  ]);
}
