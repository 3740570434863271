import {
  entityTableNames,
  tableSchemas,
  type AuditEntry,
  type EntityTableName,
  type RowOf,
} from '../../shared/domain';
import { deriveFields } from './derivedFields';
import {
  createRepository,
  type Repository,
  type RepositoryContext,
  type WriteOptions,
} from './repository';

/** One repository per entity table. */
export type Repositories = { [T in EntityTableName]: Repository<T> };

/** Builds the repositories of every entity table over one database. */
export function createRepositories(context: RepositoryContext): Repositories {
  return {
    networks: createRepository(context, 'networks'),
    organizations: createRepository(context, 'organizations'),
    contacts: createRepository(context, 'contacts'),
    memberships: createRepository(context, 'memberships'),
    expenditures: createRepository(context, 'expenditures'),
    projects: createRepository(context, 'projects'),
    indicators: createRepository(context, 'indicators'),
    indicatorValues: createRepository(context, 'indicatorValues'),
    meetings: createRepository(context, 'meetings'),
    agendaItems: createRepository(context, 'agendaItems'),
    attendances: createRepository(context, 'attendances'),
    attachments: createRepository(context, 'attachments'),
    actions: createRepository(context, 'actions'),
    actionUpdates: createRepository(context, 'actionUpdates'),
    relationships: createRepository(context, 'relationships'),
    mapViews: createRepository(context, 'mapViews'),
    exchangeBatches: createRepository(context, 'exchangeBatches'),
  };
}

/** Complete rows for several tables, as the demo network and the benchmark generator produce them. */
export type Dataset = { [T in EntityTableName]?: RowOf<T>[] };

/**
 * Adds complete rows to many tables in one transaction, with one audit entry per row:
 * either all of it is stored or none of it. Rows are validated before anything is written.
 */
export async function addDataset(
  context: RepositoryContext,
  dataset: Dataset,
  options: WriteOptions = {},
): Promise<number> {
  const { db } = context;
  const at = (context.now ?? (() => new Date()))().toISOString();
  const newId = context.newId ?? (() => crypto.randomUUID());
  const identity = context.identity();
  const validated = entityTableNames.map((tableName) => {
    const rows: unknown[] = dataset[tableName] ?? [];
    const schema = tableSchemas[tableName];
    return { tableName, rows: rows.map((row) => schema.parse(deriveFields(tableName, row))) };
  });
  const auditEntries: AuditEntry[] = validated.flatMap(({ tableName, rows }) =>
    rows.map((row) => ({
      id: newId(),
      at,
      ...identity,
      source: options.source ?? 'ui',
      table: tableName,
      recordId: row.id,
      operation: 'create' as const,
      before: null,
      after: row,
      batchId: options.batchId ?? null,
    })),
  );
  const tables = [...entityTableNames.map((name) => db.table(name)), db.auditEntries];
  await db.transaction('rw', tables, async () => {
    for (const { tableName, rows } of validated) {
      if (rows.length > 0) await db.table(tableName).bulkAdd(rows);
    }
    await db.auditEntries.bulkAdd(auditEntries);
  });
  return auditEntries.length;
}
