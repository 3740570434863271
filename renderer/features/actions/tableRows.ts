import { groupActions, type ActionGrouping, type NameLookup } from '../../../shared/actions';
import type { Action } from '../../../shared/domain';

/** A line of the virtualized table: a group heading or an action. */
export type TableLine =
  | { kind: 'group'; key: string; id: string | null; name: string | null; count: number }
  | { kind: 'action'; key: string; action: Action };

// Lines of one shape, each carrying its key: the virtualizer reads the key of every line on each
// change, and a uniform object is read much faster than telling headings from actions. One line
// per action object (a changed action is a new object): filtering or grouping tens of thousands
// of actions again builds no new line for them, and a row still shown keeps its line.
const lines = new WeakMap<Action, TableLine>();
function lineOf(action: Action): TableLine {
  let line = lines.get(action);
  if (!line) {
    line = { kind: 'action', key: action.id, action };
    lines.set(action, line);
  }
  return line;
}

/** The lines of the table for sorted actions, with a heading before each group when grouped. */
export function tableLinesOf(
  actions: readonly Action[],
  grouping: ActionGrouping,
  names: NameLookup,
): TableLine[] {
  if (grouping === 'none') return actions.map(lineOf);
  const grouped: TableLine[] = [];
  for (const group of groupActions(actions, grouping, names)) {
    grouped.push({
      kind: 'group',
      key: `group-${group.id ?? 'none'}`,
      id: group.id,
      name: group.name,
      count: group.actions.length,
    });
    for (const action of group.actions) grouped.push(lineOf(action));
  }
  return grouped;
}
