import type { AuditEntry, Meeting } from '../../../shared/domain';
import type { TableName } from '../../../shared/domain/tables';
import type { Locale } from '../../../shared/i18n';
import {
  describeAuditEntry,
  parentOfTable,
  recordInEntry,
  type StoredFields,
} from '../../../shared/overview';
import { isActiveProject, projectsToFollow, type ProjectToFollow } from '../../../shared/projects';
import type { RegiaDatabase } from '../../db';
import { useRegia } from '../../app/RegiaContext';
import { readOverviewActions, type OverviewActions } from './overviewActions';
import { queryMemory, readIntoMemory, useRememberedQuery } from '../../data';

/** One line of "Ultime modifiche": the entry, and what it changed in plain words. */
export type RecentChange = { entry: AuditEntry; text: string };

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

const tables = [
  'memberships',
  'organizations',
  'meetings',
  'projects',
  'indicators',
  'indicatorValues',
  'expenditures',
  'auditEntries',
] as const;
// The organizations too: the action cards name the owners.
const actionTables = ['actions', 'actionUpdates', 'organizations'] as const;

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

/** Describes recent audit entries, naming each record (read now, or as the entry kept it). */
async function describeChanges(
  db: RegiaDatabase,
  locale: Locale,
  entries: readonly AuditEntry[],
): Promise<RecentChange[]> {
  return Promise.all(
    entries.map(async (entry) => {
      const record = (await storedRecord(db, entry.table, entry.recordId)) ?? recordInEntry(entry);
      const link = parentOfTable[entry.table as TableName];
      const parent = link && record ? await storedRecord(db, link.table, record[link.field]) : null;
      return { entry, text: describeAuditEntry(locale, entry, record, parent) };
    }),
  );
}

const figuresMemory = queryMemory<OverviewData>();
const marked = new Set<string>();

/** A start-up mark, once per page load: the cold-start bench logs every `regia:` mark. */
function markFirstRead(name: string): void {
  if (marked.has(name)) return;
  marked.add(name);
  performance.mark(name);
}
const actionsMemory = queryMemory<OverviewActions>();

/** The overview figures of a network, apart from the actions, through its indexes. */
export async function readOverviewData(
  db: RegiaDatabase,
  locale: Locale,
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
    describeChanges(db, locale, recentEntries),
  ]);
  return {
    memberCount,
    projectCount: projectIds.length,
    projectsToFollow: projectsToFollow(projects, indicators, values, expenditures, today),
    nextMeeting: upcoming,
    recentChanges,
  };
}

const figuresKey = (db: RegiaDatabase, locale: Locale, networkId: string, today: string): string =>
  [db.name, networkId, today, locale].join('|');

async function readFigures(
  db: RegiaDatabase,
  locale: Locale,
  networkId: string,
  today: string,
): Promise<OverviewData> {
  const data = await readOverviewData(db, locale, networkId, today);
  markFirstRead('regia:overview-figures-read');
  return data;
}

/**
 * The overview figures of a network, read again only when one of the tables behind them has
 * changed since they were last read (opening the page again shows them at once); undefined
 * while loading.
 */
export function useOverviewData(networkId: string, today: string): OverviewData | undefined {
  const { db, locale } = useRegia();
  return useRememberedQuery(
    figuresMemory,
    db,
    tables,
    figuresKey(db, locale, networkId, today),
    () => readFigures(db, locale, networkId, today),
  );
}

/**
 * Starts reading the overview's figures before the page is drawn (at start-up, while React
 * renders the frame); the page then takes this read instead of starting its own.
 */
export function startReadingOverview(
  db: RegiaDatabase,
  locale: Locale,
  networkId: string,
  today: string,
): void {
  void readIntoMemory(figuresMemory, db, tables, figuresKey(db, locale, networkId, today), () =>
    readFigures(db, locale, networkId, today),
  ).catch(() => undefined);
}

/**
 * The action figures of the overview, read apart from the rest: in a large network they take
 * longest, and the page shows everything else meanwhile. Unless remembered, they are read once
 * `ready` says the rest is shown: read alongside, their tens of thousands of rows hold up the
 * small reads of the first figures in the database's queue.
 */
export function useOverviewActions(
  networkId: string,
  today: string,
  ready: boolean,
): OverviewActions | undefined {
  const { db } = useRegia();
  return useRememberedQuery(
    actionsMemory,
    db,
    actionTables,
    [db.name, networkId, today].join('|'),
    ready
      ? async () => {
          const actions = await readOverviewActions(db, networkId, today);
          markFirstRead('regia:overview-actions-read');
          return actions;
        }
      : null,
  );
}
