import { actionPriorities, actionStatuses, type Action, type ActionStatus } from '../domain';
import { normalizeForSearch } from '../search';

export const actionSortKeys = [
  'dueDate',
  'title',
  'owner',
  'status',
  'priority',
  'progress',
  'updatedAt',
] as const;

/** A column the action table sorts by. */
export type ActionSortKey = (typeof actionSortKeys)[number];

/** A sort order of the action table. */
export type ActionSort = { key: ActionSortKey; direction: 'asc' | 'desc' };

/** What the action table groups by. */
export type ActionGrouping = 'none' | 'owner' | 'project';

/** Names of the organizations and projects the actions point to, by id. */
export type NameLookup = ReadonlyMap<string, string>;

/** A run of actions that share an owner or a project; `id` null for those without one. */
export type ActionGroup = { id: string | null; name: string | null; actions: Action[] };

const collator = new Intl.Collator('it', { sensitivity: 'base', numeric: true });

/** Compares two texts the Italian way (one shared collator: `localeCompare(…, 'it')` builds one per call). */
export function compareText(first: string, second: string): number {
  return collator.compare(first, second);
}

/** Compares two ISO days or timestamps: their text order is their time order. */
export function compareIso(first: string, second: string): number {
  return first < second ? -1 : first > second ? 1 : 0;
}

const sortKeys = new WeakMap<Action, string>();

/**
 * A key that orders texts the Italian way with a plain comparison: no case, no accents, numbers
 * by value ("Azione 2" before "Azione 10"). Plain comparisons keep sorting 50,000 actions fast,
 * where a collator call per comparison does not.
 */
export function textSortKey(text: string): string {
  return normalizeForSearch(text).replace(/\d+/g, (digits) => digits.padStart(12, '0'));
}

function titleKeyOf(action: Action): string {
  const cached = sortKeys.get(action);
  if (cached !== undefined) return cached;
  const key = textSortKey(action.title);
  sortKeys.set(action, key);
  return key;
}

const tieKeys = new WeakMap<Action, string>();

// One precomputed string breaks ties (due day, then title, then id): a single comparison.
function tieKeyOf(action: Action): string {
  const cached = tieKeys.get(action);
  if (cached !== undefined) return cached;
  const key = `${action.dueDate ?? '9999-99-99'}\u0001${action.title.toLowerCase()}\u0001${action.id}`;
  tieKeys.set(action, key);
  return key;
}

type SortValue = string | number | null;

const nameKeys = new WeakMap<NameLookup, Map<string, string | null>>();

// The sort key of a name, computed the first time it is asked for and kept with the lookup: a
// lookup names tens of thousands of organizations and contacts, a view needs only its owners'.
function nameKeyOf(names: NameLookup, id: string): string | null {
  let keys = nameKeys.get(names);
  if (!keys) {
    keys = new Map();
    nameKeys.set(names, keys);
  }
  let key = keys.get(id);
  if (key === undefined) {
    const name = names.get(id);
    key = name === undefined ? null : textSortKey(name);
    keys.set(id, key);
  }
  return key;
}

function sortValueOf(key: ActionSortKey, names: NameLookup): (action: Action) => SortValue {
  switch (key) {
    case 'dueDate':
      return (action) => action.dueDate;
    case 'title':
      return titleKeyOf;
    case 'owner':
      return (action) =>
        action.ownerOrganizationId === null ? null : nameKeyOf(names, action.ownerOrganizationId);
    case 'status':
      return (action) => actionStatuses.indexOf(action.status);
    case 'priority':
      return (action) => actionPriorities.indexOf(action.priority);
    case 'progress':
      return (action) => action.progress;
    case 'updatedAt':
      return (action) => action.updatedAt;
  }
}

const compare = (first: string | number, second: string | number): number =>
  first < second ? -1 : first > second ? 1 : 0;

/**
 * The actions in a new array, sorted by one column; missing values (no due date, no owner)
 * always come last, and ties keep the due-date then title order so the list never jumps.
 * Comparisons are plain string and number comparisons, so 50,000 actions sort quickly.
 */
export function sortActions(
  actions: readonly Action[],
  sort: ActionSort,
  names: NameLookup = new Map(),
): Action[] {
  const valueOf = sortValueOf(sort.key, names);
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = actions.map((action) => ({
    action,
    value: valueOf(action),
    tie: tieKeyOf(action),
  }));
  keyed.sort((first, second) => {
    if (first.value === null || second.value === null) {
      if (first.value !== second.value) return first.value === null ? 1 : -1;
    } else {
      const order = compare(first.value, second.value) * sign;
      if (order !== 0) return order;
    }
    return compare(first.tie, second.tie);
  });
  return keyed.map(({ action }) => action);
}

/** Groups sorted actions by owner or project: groups by name, the one without last; order kept within. */
export function groupActions(
  actions: readonly Action[],
  grouping: Exclude<ActionGrouping, 'none'>,
  names: NameLookup,
): ActionGroup[] {
  const groups = new Map<string | null, Action[]>();
  for (const action of actions) {
    const id = grouping === 'owner' ? action.ownerOrganizationId : action.projectId;
    const members = groups.get(id);
    if (members) members.push(action);
    else groups.set(id, [action]);
  }
  // Names compared through their kept sort keys: a large network has thousands of owners, and a
  // collator call per comparison would cost more than grouping the actions.
  return [...groups.entries()]
    .map(([id, members]) => ({
      group: { id, name: id === null ? null : (names.get(id) ?? null), actions: members },
      key: id === null ? null : `${nameKeyOf(names, id) ?? ''}\u0001${id}`,
    }))
    .sort((first, second) => {
      if (first.key === null || second.key === null) return first.key === null ? 1 : -1;
      return compare(first.key, second.key);
    })
    .map(({ group }) => group);
}

/** The actions of each status, in the board's column order; order kept within each column. */
export function actionsByStatus(actions: readonly Action[]): Record<ActionStatus, Action[]> {
  const columns: Record<ActionStatus, Action[]> = {
    daAvviare: [],
    inCorso: [],
    completata: [],
    bloccata: [],
    annullata: [],
  };
  for (const action of actions) columns[action.status].push(action);
  return columns;
}
