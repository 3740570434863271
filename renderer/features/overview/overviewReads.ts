import type { AuditEntry, Meeting } from '../../../shared/domain';
import type { TableName } from '../../../shared/domain/tables';
import type { StoredFields } from '../../../shared/overview';
import { isActiveProject, projectsToFollow, type ProjectToFollow } from '../../../shared/projects';
import type { RegiaDatabase } from '../../db';
import { queryMemory, readIntoMemory } from '../../data';

// What start-up reads before the app's code has loaded (openAtStart): this module and its imports
// must stay free of the message catalogs, zod and React's DOM, or the database opens only once they
// have loaded. The page turns the records into words when it draws them.

/** One line of "Ultime modifiche": the entry, its record (read now, or as the entry kept it) and the record it takes its name from. */
export type RecentChange = {
  entry: AuditEntry;
  record: StoredFields | null;
  parent: StoredFields | null;
};

/** The figures of the overview page for one network, apart from the actions. */
export type OverviewData = {
  memberCount: number;
  /** Funded projects not yet concluded nor archived (the same rule as the monitoring page). */
  projectCount: number;
  /** The active projects with their next report and what lags behind plan. */
  projectsToFollow: ProjectToFollow[];
  nextMeeting: Meeting | undefined;
  recentChanges: RecentChange[];
};

/** The tables behind the overview's figures: a change to one of them reads the figures again. */
export const figureTables = [
  'memberships',
  'organizations',
  'meetings',
  'projects',
  'indicators',
  'indicatorValues',
  'expenditures',
  'auditEntries',
] as const;

async function storedRecord(
  db: RegiaDatabase,
  table: string,
  id: unknown,
): Promise<StoredFields | null> {
  if (typeof id !== 'string' || !db.tables.some((candidate) => candidate.name === table)) {
    return null;
  }
  const row: unknown = await db.table(table).get(id);
  return typeof row === 'object' && row !== null ? (row as StoredFields) : null;
}

/** The records recent audit entries name, and the records those take their names from. */
async function readChangedRecords(
  db: RegiaDatabase,
  entries: readonly AuditEntry[],
): Promise<RecentChange[]> {
  if (entries.length === 0) return [];
  // Loaded with the overview page's code (it names the tables in words, through the catalogs),
  // not in start-up's first chunk.
  const { parentOfTable, recordInEntry } = await import('../../../shared/overview');
  return Promise.all(
    entries.map(async (entry) => {
      const record = (await storedRecord(db, entry.table, entry.recordId)) ?? recordInEntry(entry);
      const link = parentOfTable[entry.table as TableName];
      const parent = link && record ? await storedRecord(db, link.table, record[link.field]) : null;
      return { entry, record, parent };
    }),
  );
}

/** The overview figures of a network, apart from the actions, through its indexes. */
export async function readOverviewData(
  db: RegiaDatabase,
  networkId: string,
  today: string,
): Promise<OverviewData> {
  // The member count comes from the index alone: no membership nor organization is read.
  const [memberCount, upcoming, projects, recentEntries] = await Promise.all([
    db.memberships.where('networkId').equals(networkId).count(),
    db.meetings
      .where('[networkId+date]')
      .between([networkId, today], [networkId, '9999-12-31'], true, true)
      .first(),
    db.projects.where('networkId').equals(networkId).toArray(),
    db.auditEntries.orderBy('at').reverse().limit(6).toArray(),
  ]);
  const projectIds = projects.filter(isActiveProject).map((project) => project.id);
  const [indicators, values, expenditures, recentChanges] = await Promise.all([
    db.indicators.where('projectId').anyOf(projectIds).toArray(),
    db.indicatorValues.where('projectId').anyOf(projectIds).toArray(),
    db.expenditures.where('projectId').anyOf(projectIds).toArray(),
    readChangedRecords(db, recentEntries),
  ]);
  return {
    memberCount,
    projectCount: projectIds.length,
    projectsToFollow: projectsToFollow(projects, indicators, values, expenditures, today),
    nextMeeting: upcoming,
    recentChanges,
  };
}

/** The last overview figures read, kept for the session. */
export const figuresMemory = queryMemory<OverviewData>();

/** The inputs the figures depend on; the language is not one: the page words them as it draws. */
export const figuresKey = (db: RegiaDatabase, networkId: string, today: string): string =>
  [db.name, networkId, today].join('|');

const marked = new Set<string>();

/** A start-up mark, once per page load: the cold-start bench logs every `regia:` mark. */
export function markFirstRead(name: string): void {
  if (marked.has(name)) return;
  marked.add(name);
  performance.mark(name);
}

/** Reads the figures, marking when the first read of the page load is done. */
export async function readFigures(
  db: RegiaDatabase,
  networkId: string,
  today: string,
): Promise<OverviewData> {
  const data = await readOverviewData(db, networkId, today);
  markFirstRead('regia:overview-figures-read');
  return data;
}

/**
 * Starts reading the overview's figures before the page is drawn (at start-up, while the app's
 * code loads); the page then takes this read instead of starting its own.
 */
export function startReadingOverview(db: RegiaDatabase, networkId: string, today: string): void {
  void readIntoMemory(figuresMemory, db, figureTables, figuresKey(db, networkId, today), () =>
    readFigures(db, networkId, today),
  ).catch(() => undefined);
}
