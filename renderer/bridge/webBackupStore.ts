import Dexie, { type Table } from 'dexie';
import type { AutomaticBackup, BackupReason } from '../../shared/contract';

type StoredBackup = AutomaticBackup & { bytes: Uint8Array };

/** How many automatic backups are kept, in both hosts. */
export const automaticBackupsKept = 30;

/** The browser host's stand-in for the desktop's backups folder: a database of its own. */
export class WebBackupStore {
  private readonly db: Dexie & { backups: Table<StoredBackup, string> };

  constructor(name = 'regia-backups') {
    // Dexie's documented typing idiom: the table exists once the version is declared.
    this.db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as Dexie & {
      backups: Table<StoredBackup, string>;
    };
    this.db.version(1).stores({ backups: 'fileName, createdAt' });
  }

  /** Stores a backup and drops the oldest beyond the kept number. */
  async write(reason: BackupReason, bytes: Uint8Array, now = new Date()): Promise<AutomaticBackup> {
    const createdAt = now.toISOString();
    const stamp = createdAt.replace(/[-:]/g, '').replace('T', '-').replace('.', '-').slice(0, 19);
    const backup: AutomaticBackup = {
      fileName: `regia-${stamp}-${reason}.regia`,
      reason,
      createdAt,
      sizeBytes: bytes.byteLength,
    };
    await this.db.transaction('rw', this.db.backups, async () => {
      await this.db.backups.put({ ...backup, bytes });
      const surplus = await this.db.backups
        .orderBy('createdAt')
        .reverse()
        .offset(automaticBackupsKept)
        .primaryKeys();
      await this.db.backups.bulkDelete(surplus);
    });
    return backup;
  }

  /** The kept backups, newest first, without their contents. */
  async list(): Promise<AutomaticBackup[]> {
    const rows = await this.db.backups.orderBy('createdAt').reverse().toArray();
    return rows.map(({ fileName, reason, createdAt, sizeBytes }) => ({
      fileName,
      reason,
      createdAt,
      sizeBytes,
    }));
  }

  /** The contents of one kept backup. */
  async read(fileName: string): Promise<Uint8Array> {
    const row = await this.db.backups.get(fileName);
    if (!row) throw new Error(`Backup automatico «${fileName}» non trovato`);
    return row.bytes;
  }
}
