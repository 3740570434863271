import Dexie, { type Table } from 'dexie';
import type { z } from 'zod';
import {
  auditedValues,
  tableSchemas,
  type AuditEntry,
  type ChangeSource,
  type EntityTableName,
  type RecordMeta,
  type RowOf,
} from '../../shared/domain';
import type { RegiaDatabase } from './database';
import { deriveFields } from './derivedFields';
import { createBulkWrites } from './bulkWrites';
import { isMinutesLockedTable, refuseWriteToApprovedMinutes } from './minutesLock';
import { RecordNotFoundError } from './recordNotFound';

export { RecordNotFoundError } from './recordNotFound';

/** Who is making changes: recorded in every audit entry. */
export type AuditIdentity = { userName: string; userOrganization: string };

/** Where a write comes from, for the audit log. */
export type WriteOptions = {
  source?: ChangeSource;
  batchId?: string | null;
  /** The write only moves references (a merge of two organizations): the minutes lock allows it. */
  referencesOnly?: boolean;
};

/** What a caller supplies to create a record: the row without its bookkeeping fields, defaults optional. */
export type DraftOf<T extends EntityTableName> = Omit<
  z.input<(typeof tableSchemas)[T]>,
  keyof RecordMeta
>;

/** What a caller may change on a record. */
export type PatchOf<T extends EntityTableName> = Partial<DraftOf<T>>;

/** One record's change in a bulk update: which record, and what changes on it. */
export type RecordPatch<T extends EntityTableName> = {
  id: string;
  patch: PatchOf<T>;
  /**
   * Runs on the stored record, read in the write's transaction, before anything is written;
   * throwing refuses the whole bulk write (a record changed by someone else meanwhile).
   */
  check?: (current: RowOf<T>) => void;
};

/** Everything a repository needs from its surroundings; clock and ids are injectable for tests. */
export type RepositoryContext = {
  db: RegiaDatabase;
  identity: () => AuditIdentity;
  now?: () => Date;
  newId?: () => string;
};

// A mapped view of the schemas lets TypeScript relate tableSchemas[table] to RowOf<table>.
const rowSchemas: { [T in EntityTableName]: z.ZodType<RowOf<T>> } = tableSchemas;

type Operation = AuditEntry['operation'];

/** The writes and reads of one table; every write records an audit entry in the same transaction. */
export type Repository<T extends EntityTableName> = {
  table: Table<RowOf<T>, string>;
  get(id: string): Promise<RowOf<T> | undefined>;
  create(draft: DraftOf<T>, options?: WriteOptions): Promise<RowOf<T>>;
  update(id: string, patch: PatchOf<T>, options?: WriteOptions): Promise<RowOf<T>>;
  /** Creates many records at once: all or none, one audit entry each, in the drafts' order. */
  createMany(drafts: readonly DraftOf<T>[], options?: WriteOptions): Promise<RowOf<T>[]>;
  /** Updates many records at once: all or none, one audit entry each, in the changes' order. */
  updateMany(changes: readonly RecordPatch<T>[], options?: WriteOptions): Promise<RowOf<T>[]>;
  /** Archives many records at once: all or none, one audit entry each. */
  archiveMany(ids: readonly string[], options?: WriteOptions): Promise<RowOf<T>[]>;
  /** Deletes many records at once: all or none, one audit entry each. */
  removeMany(ids: readonly string[], options?: WriteOptions): Promise<void>;
  archive(id: string, options?: WriteOptions): Promise<RowOf<T>>;
  restore(id: string, options?: WriteOptions): Promise<RowOf<T>>;
  remove(id: string, options?: WriteOptions): Promise<void>;
};

/** Builds the repository of one table. */
export function createRepository<T extends EntityTableName>(
  context: RepositoryContext,
  tableName: T,
): Repository<T> {
  const { db } = context;
  const table = db.table<RowOf<T>, string>(tableName);
  const now = (): string => (context.now ?? (() => new Date()))().toISOString();
  const newId = context.newId ?? (() => crypto.randomUUID());
  // A write also reads the meeting its row belongs to, for the minutes lock: always when it is
  // its own transaction, and inside a caller's transaction when that one includes meetings.
  const scope = (): Table[] => {
    const parent = Dexie.currentTransaction;
    const withMeetings =
      isMinutesLockedTable(tableName) && (!parent || parent.storeNames.includes('meetings'));
    return withMeetings ? [table, db.auditEntries, db.meetings] : [table, db.auditEntries];
  };
  const validate = (candidate: unknown): RowOf<T> => {
    const derived = deriveFields(tableName, candidate);
    return rowSchemas[tableName].parse(derived);
  };

  const audit = (
    operation: Operation,
    recordId: string,
    before: RowOf<T> | null,
    after: RowOf<T> | null,
    options: WriteOptions | undefined,
    at: string,
    identity: AuditIdentity = context.identity(),
  ): AuditEntry => ({
    id: newId(),
    at,
    ...identity,
    source: options?.source ?? 'ui',
    table: tableName,
    recordId,
    operation,
    ...auditedValues(before, after),
    batchId: options?.batchId ?? null,
  });

  const change = (
    operation: Operation,
    id: string,
    mutate: (current: RowOf<T>) => Record<string, unknown>,
    options: WriteOptions | undefined,
  ): Promise<RowOf<T>> =>
    db.transaction('rw', scope(), async () => {
      const current = await table.get(id);
      if (!current) throw new RecordNotFoundError(tableName, id);
      const at = now();
      const next = validate({
        ...mutate(current),
        id: current.id,
        createdAt: current.createdAt,
        updatedAt: at,
        rev: current.rev + 1,
      });
      if (!options?.referencesOnly)
        await refuseWriteToApprovedMinutes(db, tableName, current, next);
      await table.put(next);
      await db.auditEntries.add(audit(operation, id, current, next, options, at));
      return next;
    });

  return {
    table,
    get: (id) => table.get(id),
    ...createBulkWrites({
      db,
      tableName,
      table,
      now,
      newId,
      identity: () => context.identity(),
      scope,
      validate,
      audit,
    }),
    create: (draft, options) =>
      db.transaction('rw', scope(), async () => {
        const at = now();
        const row = validate({
          archivedAt: null,
          ...draft,
          id: newId(),
          createdAt: at,
          updatedAt: at,
          rev: 1,
        });
        if (!options?.referencesOnly) await refuseWriteToApprovedMinutes(db, tableName, null, row);
        await table.add(row);
        await db.auditEntries.add(audit('create', row.id, null, row, options, at));
        return row;
      }),
    update: (id, patch, options) =>
      change('update', id, (current) => ({ ...current, ...patch }), options),
    archive: (id, options) =>
      change('archive', id, (current) => ({ ...current, archivedAt: now() }), options),
    restore: (id, options) =>
      change('restore', id, (current) => ({ ...current, archivedAt: null }), options),
    remove: (id, options) =>
      db.transaction('rw', scope(), async () => {
        const current = await table.get(id);
        if (!current) throw new RecordNotFoundError(tableName, id);
        if (!options?.referencesOnly)
          await refuseWriteToApprovedMinutes(db, tableName, current, null);
        await table.delete(id);
        await db.auditEntries.add(audit('delete', id, current, null, options, now()));
      }),
  };
}
