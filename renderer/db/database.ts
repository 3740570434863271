import Dexie, { type Table } from 'dexie';
import { databaseName } from './databaseName';
import type { RowOf, TableName } from '../../shared/domain';
import { upgradeToV2 } from './migrations/v2SearchWords';
import { upgradeToV4 } from './migrations/v4Defaults';
import { upgradeToV6 } from './migrations/v6Defaults';
import {
  currentSchemaVersion,
  schemaV1,
  schemaV2,
  schemaV3,
  schemaV4,
  schemaV5,
  schemaV6,
} from './schema';

type Tables = { [T in TableName]: Table<RowOf<T>, string> };

export { databaseName } from './databaseName';

/**
 * Regia's local database. Every transaction is strict-durable: Chromium's default ("relaxed")
 * may report success before the data reaches the disk, and a coordinator's "saved" must mean saved.
 */
export type RegiaDatabase = Dexie & Tables;

/** Opens (lazily) Regia's database with every schema version and its upgrades. */
export function createRegiaDatabase(name: string = databaseName): RegiaDatabase {
  // Dexie's documented typing idiom: the tables exist once the versions below are declared.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as RegiaDatabase;
  db.version(1).stores(schemaV1);
  db.version(2).stores(schemaV2).upgrade(upgradeToV2);
  db.version(3).stores(schemaV3);
  db.version(4).stores(schemaV4).upgrade(upgradeToV4);
  db.version(5).stores(schemaV5);
  db.version(6).stores(schemaV6).upgrade(upgradeToV6);
  return db;
}

/** Raised when the database on disk was written by a newer Regia than this one. */
export class NewerDatabaseError extends Error {
  constructor(readonly storedVersion: number) {
    super(`Il database è alla versione ${storedVersion}, più recente di questa versione di Regia`);
    this.name = 'NewerDatabaseError';
  }
}

/** The version of a database as stored on disk, in Dexie's numbering; null when there is none. */
async function storedSchemaVersion(name: string): Promise<number | null> {
  const databases = await indexedDB.databases();
  const stored = databases.find((database) => database.name === name);
  // Dexie stores version n as IndexedDB version n × 10, and adds 1 when it gives a database of
  // that version the indexes this build declares for it: still version n.
  return stored?.version ? Math.floor(stored.version / 10) : null;
}

/**
 * Opens the database, refusing one written by a newer Regia before touching it: Dexie 4 would
 * otherwise open it, even add its own indexes to it, and let this older build write rows the
 * newer schema does not expect.
 */
export async function openRegiaDatabase(db: RegiaDatabase): Promise<RegiaDatabase> {
  const storedVersion = await storedSchemaVersion(db.name);
  if (storedVersion !== null && storedVersion > currentSchemaVersion) {
    throw new NewerDatabaseError(storedVersion);
  }
  await db.open();
  return db;
}
