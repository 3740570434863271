import type { BackupSummary } from '../../../shared/backup';
import { currentSchemaVersion } from '../../db';

/** The schema version a restore upgrades a backup to, or null when the backup needs no upgrade. */
export function schemaUpgradeOf(summary: Pick<BackupSummary, 'schemaVersion'>): number | null {
  return summary.schemaVersion < currentSchemaVersion ? currentSchemaVersion : null;
}
