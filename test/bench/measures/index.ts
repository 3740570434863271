import type { MeasureGroup } from '../runner/measure';
import { actionsFilter } from './actionsFilter';
import { browserFloors } from './browserFloors';
import { coldStart } from './coldStart';
import { pendingGroups } from './pending';
import { rosterSearch } from './rosterSearch';
import { sheetjsNode } from './sheetjsNode';

/**
 * Every measure of `npm run bench`, in the order they run. A feature adds its measure as a
 * group file in this folder and lists it here (and drops its entry from pending.ts).
 */
export const measureGroups: MeasureGroup[] = [
  sheetjsNode,
  browserFloors,
  actionsFilter,
  coldStart,
  rosterSearch,
  ...pendingGroups,
];
