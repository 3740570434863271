import { groupActions, type ActionGrouping, type NameLookup } from '../../../shared/actions';
import type { Action } from '../../../shared/domain';

/** A line of the virtualized table: a group heading or an action. */
export type TableLine =
  | { kind: 'group'; key: string; id: string | null; name: string | null; count: number }
  | { kind: 'action'; key: string; action: Action };

// Lines of one shape, each carrying its key: the virtualizer reads the key of every line on each
// change, and a uniform object is read much faster than telling headings from actions.
const lineOf = (action: Action): TableLine => ({ kind: 'action', key: action.id, action });

/** The lines of the table for sorted actions, with a heading before each group when grouped. */
export function tableLinesOf(
  actions: readonly Action[],
  grouping: ActionGrouping,
  names: NameLookup,
): TableLine[] {
  if (grouping === 'none') return actions.map(lineOf);
  const lines: TableLine[] = [];
  for (const group of groupActions(actions, grouping, names)) {
    lines.push({
      kind: 'group',
      key: `group-${group.id ?? 'none'}`,
      id: group.id,
      name: group.name,
      count: group.actions.length,
    });
    for (const action of group.actions) lines.push(lineOf(action));
  }
  return lines;
}
