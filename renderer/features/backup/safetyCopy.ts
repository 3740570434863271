import type { AutomaticBackup, BackupReason } from '../../../shared/contract';
import { todayIsoDate } from '../../app/formatting';

/** What the safety copy needs of its host: the kept backups and a way to take a new one. */
export type SafetyCopyHost = {
  listBackups(): Promise<AutomaticBackup[]>;
  /** Takes an automatic copy (incremental on a recent full one where it can); null when there was nothing to back up. */
  writeBackup(reason: BackupReason): Promise<AutomaticBackup | null>;
};

// A restore's own copy holds the data it replaced, not what an import would overwrite.
const fullCopyReasons = new Set<BackupReason>(['daily', 'beforeImport', 'manual']);

/** What the safety copy did: found today's copy, waited for one being written, or wrote one. */
export type SafetyCopyOutcome = 'existing' | 'awaited' | 'written';

/**
 * The full copy a day of imports relies on. Every import is also an undoable batch holding the
 * values it replaced (and imports never delete), so after the day's first full copy an import
 * needs no copy of its own: a returns day of sixty workbooks writes one backup, not sixty.
 */
export class SafetyCopy {
  private inFlight: Promise<AutomaticBackup | null> | null = null;

  constructor(
    private readonly host: SafetyCopyHost,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Takes a full backup for the given reason, remembering it while it is being written. */
  write(reason: BackupReason): Promise<AutomaticBackup | null> {
    const writing = this.host.writeBackup(reason).finally(() => {
      if (this.inFlight === writing) this.inFlight = null;
    });
    this.inFlight = writing;
    return writing;
  }

  /** Makes sure a full copy of today exists before an import, writing one only when none does. */
  async beforeImport(): Promise<SafetyCopyOutcome> {
    if (this.inFlight) {
      await this.inFlight;
      return 'awaited';
    }
    if (await this.hasCopyOfToday()) return 'existing';
    await this.write('beforeImport');
    return 'written';
  }

  /** Takes the day's backup unless one exists already (any kind taken today counts). */
  async dailyIfDue(): Promise<void> {
    if (this.inFlight || (await this.hasCopyOfToday())) return;
    await this.write('daily');
  }

  private async hasCopyOfToday(): Promise<boolean> {
    const today = todayIsoDate(this.clock());
    const backups = await this.host.listBackups();
    return backups.some(
      (backup) =>
        fullCopyReasons.has(backup.reason) && todayIsoDate(new Date(backup.createdAt)) === today,
    );
  }
}
