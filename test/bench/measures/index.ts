import type { MeasureGroup } from '../runner/measure';
import { actionsFilter } from './actionsFilter';
import { backupRestore } from './backupRestore';
import { browserFloors } from './browserFloors';
import { coldStart } from './coldStart';
import { meetingOpen } from './meetingOpen';
import { meetingRecord } from './meetingRecord';
import { minutesDocx } from './minutesDocx';
import { networkMap } from './networkMap';
import { partnerExport } from './partnerExport';
import { pageOpen } from './pages';
import { partnerImport } from './partnerImport';
import { pendingGroups } from './pending';
import { returnsDay } from './returnsDay';
import { rosterImport } from './rosterImport';
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
  minutesDocx,
  meetingOpen,
  meetingRecord,
  pageOpen,
  // These write into the database: after the measures that read it as seeded. The import
  // gives one partner 20,000 actions, which the export and the map do not depend on.
  partnerExport,
  rosterImport,
  networkMap,
  partnerImport,
  // Sixty other partners' workbooks, after the 20,000-row import whose export batch each reads.
  returnsDay,
  // After every measure that writes: the backup holds what they left, restored apart.
  backupRestore,
  ...pendingGroups,
];
