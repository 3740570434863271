import type { Table } from 'dexie';
import type { AuditEntry, EntityTableName, RowOf } from '../../shared/domain';
import type { RegiaDatabase } from './database';
import { isMinutesLockedTable, refuseWriteToApprovedMinutes } from './minutesLock';
import { RecordNotFoundError } from './recordNotFound';
import type { AuditIdentity, Repository, WriteOptions } from './repository';

/** What a table's bulk writes share with its single writes: the same clock, checks and audit. */
export type WriteTools<T extends EntityTableName> = {
  db: RegiaDatabase;
  tableName: T;
  table: Table<RowOf<T>, string>;
  now: () => string;
  newId: () => string;
  identity: () => AuditIdentity;
  /** The tables a write of this table opens its transaction on. */
  scope: () => Table[];
  /** Derives the computed fields and validates a whole row with its zod schema. */
  validate: (candidate: unknown) => RowOf<T>;
  audit: (
    operation: AuditEntry['operation'],
    recordId: string,
    before: RowOf<T> | null,
    after: RowOf<T> | null,
    options: WriteOptions | undefined,
    at: string,
    identity: AuditIdentity,
  ) => AuditEntry;
};

/** The bulk writes of a repository. */
export type BulkWrites<T extends EntityTableName> = Pick<
  Repository<T>,
  'createMany' | 'updateMany' | 'archiveMany' | 'removeMany'
>;

type Write<T extends EntityTableName> = { before: RowOf<T> | null; after: RowOf<T> | null };

function meetingIdOf(row: Record<string, unknown> | null): unknown {
  return row?.meetingId;
}

/**
 * The bulk writes of one table: every record validated and audited as a single write would be,
 * but read with one bulkGet and written with one bulkPut/bulkAdd/bulkDelete (and one bulkAdd of
 * audit entries) in one transaction, so thousands of records take one round trip, not thousands.
 * All of it is checked before anything is written; either every record is stored or none.
 */
export function createBulkWrites<T extends EntityTableName>(tools: WriteTools<T>): BulkWrites<T> {
  const { db, tableName, table, now, validate, audit } = tools;

  // A content row's lock depends only on its meeting: one check per meeting, not per row.
  const refuseWritesToApprovedMinutes = async (
    writes: readonly Write<T>[],
    options: WriteOptions | undefined,
  ): Promise<void> => {
    if (options?.referencesOnly || !isMinutesLockedTable(tableName)) return;
    const checkedMeetings = new Set<unknown>();
    for (const { before, after } of writes) {
      if (tableName !== 'meetings') {
        const meetingId = meetingIdOf(after ?? before);
        if (checkedMeetings.has(meetingId)) continue;
        checkedMeetings.add(meetingId);
      }
      await refuseWriteToApprovedMinutes(db, tableName, before, after);
    }
  };

  const stored = async (ids: readonly string[]): Promise<RowOf<T>[]> => {
    const rows = await table.bulkGet([...ids]);
    return ids.map((id, index) => {
      const row = rows[index];
      if (!row) throw new RecordNotFoundError(tableName, id);
      return row;
    });
  };

  // Every change of a bulk update or archive: a record changed twice in one call changes
  // twice, as two writes in a row would.
  const changeMany = (
    operation: 'update' | 'archive',
    changes: readonly { id: string; next: (current: RowOf<T>) => Record<string, unknown> }[],
    options: WriteOptions | undefined,
  ): Promise<RowOf<T>[]> =>
    db.transaction('rw', tools.scope(), async () => {
      const rows = await table.bulkGet(changes.map(({ id }) => id));
      const at = now();
      const identity = tools.identity();
      const latest = new Map<string, RowOf<T>>();
      const writes = changes.map(({ id, next }, index) => {
        const current = latest.get(id) ?? rows[index];
        if (!current) throw new RecordNotFoundError(tableName, id);
        const after = validate({
          ...next(current),
          id: current.id,
          createdAt: current.createdAt,
          updatedAt: at,
          rev: current.rev + 1,
        });
        latest.set(id, after);
        return { before: current, after };
      });
      await refuseWritesToApprovedMinutes(writes, options);
      await table.bulkPut([...latest.values()]);
      await db.auditEntries.bulkAdd(
        writes.map(({ before, after }) =>
          audit(operation, after.id, before, after, options, at, identity),
        ),
      );
      return writes.map(({ after }) => after);
    });

  return {
    createMany: (drafts, options) =>
      db.transaction('rw', tools.scope(), async () => {
        const at = now();
        const identity = tools.identity();
        const rows = drafts.map((draft) =>
          validate({
            archivedAt: null,
            ...draft,
            id: tools.newId(),
            createdAt: at,
            updatedAt: at,
            rev: 1,
          }),
        );
        await refuseWritesToApprovedMinutes(
          rows.map((row) => ({ before: null, after: row })),
          options,
        );
        await table.bulkAdd(rows);
        await db.auditEntries.bulkAdd(
          rows.map((row) => audit('create', row.id, null, row, options, at, identity)),
        );
        return rows;
      }),
    updateMany: (changes, options) =>
      changeMany(
        'update',
        changes.map(({ id, patch, check }) => ({
          id,
          next: (current) => {
            check?.(current);
            return { ...current, ...patch };
          },
        })),
        options,
      ),
    archiveMany: (ids, options) => {
      const archivedAt = now();
      return changeMany(
        'archive',
        ids.map((id) => ({ id, next: (current) => ({ ...current, archivedAt }) })),
        options,
      );
    },
    removeMany: (ids, options) =>
      db.transaction('rw', tools.scope(), async () => {
        const unique = [...new Set(ids)];
        const rows = await stored(unique);
        const at = now();
        const identity = tools.identity();
        await refuseWritesToApprovedMinutes(
          rows.map((row) => ({ before: row, after: null })),
          options,
        );
        await table.bulkDelete(unique);
        await db.auditEntries.bulkAdd(
          rows.map((row) => audit('delete', row.id, row, null, options, at, identity)),
        );
      }),
  };
}
