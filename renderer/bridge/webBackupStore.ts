import Dexie, { type Table } from 'dexie';
import {
  backupsToRemove,
  defaultRetention,
  incrementalBaseOf,
  type RetentionPolicy,
} from '../../shared/backup';
import type { AutomaticBackup, BackupReason } from '../../shared/contract';

/** An incremental copy's base, as the list keeps it (retention keeps a base its copies need). */
function incrementalBase(bytes: Uint8Array): { baseFileName?: string } {
  const baseFileName = incrementalBaseOf(bytes);
  return baseFileName ? { baseFileName } : {};
}

type StoredContent = { fileName: string; bytes: Uint8Array };
type BackupDatabase = Dexie & {
  backups: Table<AutomaticBackup, string>;
  contents: Table<StoredContent, string>;
};

/**
 * The browser host's stand-in for the desktop's backups folder: a database of its own, with the
 * list apart from the contents so that listing never reads megabytes of backups.
 */
export class WebBackupStore {
  private readonly db: BackupDatabase;

  constructor(
    name = 'regia-backups',
    private readonly policy: RetentionPolicy = defaultRetention,
  ) {
    // Dexie's documented typing idiom: the tables exist once the version is declared.
    this.db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as BackupDatabase;
    this.db.version(1).stores({ backups: 'fileName, createdAt' });
    // Version 1 kept the bytes inside the list rows; version 2 moves them to their own table.
    this.db
      .version(2)
      .stores({ backups: 'fileName, createdAt', contents: 'fileName' })
      .upgrade(async (transaction) => {
        const rows = await transaction
          .table<AutomaticBackup & { bytes?: Uint8Array }, string>('backups')
          .toArray();
        for (const { bytes, ...backup } of rows) {
          if (bytes) await transaction.table('contents').put({ fileName: backup.fileName, bytes });
          await transaction.table('backups').put(backup);
        }
      });
  }

  /** Stores a backup and drops those its kind no longer keeps, never the one just written. */
  async write(reason: BackupReason, bytes: Uint8Array, now = new Date()): Promise<AutomaticBackup> {
    const createdAt = now.toISOString();
    const stamp = createdAt.replace(/[-:]/g, '').replace('T', '-').replace('.', '-').slice(0, 19);
    const backup: AutomaticBackup = {
      fileName: `regia-${stamp}-${reason}.regia`,
      reason,
      createdAt,
      sizeBytes: bytes.byteLength,
      ...incrementalBase(bytes),
    };
    await this.db.transaction('rw', this.db.backups, this.db.contents, async () => {
      await this.db.contents.put({ fileName: backup.fileName, bytes });
      await this.db.backups.put(backup);
      // Here a backup's time is the time this store wrote it, so it orders by when written.
      const kept = await this.db.backups.toArray();
      const surplus = backupsToRemove(
        kept.map((row) => ({ ...row, writtenAt: Date.parse(row.createdAt) })),
        backup.fileName,
        now,
        this.policy,
      );
      await this.db.backups.bulkDelete(surplus);
      await this.db.contents.bulkDelete(surplus);
    });
    return backup;
  }

  /** The kept backups, newest first, without their contents. */
  list(): Promise<AutomaticBackup[]> {
    return this.db.backups.orderBy('createdAt').reverse().toArray();
  }

  /** The contents of one kept backup. */
  async read(fileName: string): Promise<Uint8Array> {
    const row = await this.db.contents.get(fileName);
    if (!row) throw new Error(`Backup automatico «${fileName}» non trovato`);
    return row.bytes;
  }
}
