import Dexie from 'dexie';
import type { EntityTableName, Meeting } from '../../shared/domain';
import type { RegiaDatabase } from './database';

/** Raised when a write would change what approved minutes record. */
export class MinutesLockedError extends Error {
  constructor() {
    super(
      'Il verbale di questa seduta è approvato: non si modifica più. Le correzioni si registrano come rettifiche nella scheda Verbale.',
    );
    this.name = 'MinutesLockedError';
  }
}

/** Tables whose rows belong to one meeting and end up in its minutes. */
const meetingContentTables: ReadonlySet<EntityTableName> = new Set([
  'agendaItems',
  'attendances',
  'attachments',
]);

// What may still change on a meeting once its minutes are approved: corrections are recorded.
const changeableAfterApproval = new Set(['minutesAmendments', 'updatedAt', 'rev']);

/** Whether writes to this table are checked against the minutes lock. */
export function isMinutesLockedTable(tableName: EntityTableName): boolean {
  return tableName === 'meetings' || meetingContentTables.has(tableName);
}

function isApproved(meeting: Meeting | undefined): boolean {
  return meeting?.status === 'verbaleApprovato';
}

/**
 * Refuses a write that would silently change approved minutes: any change to a meeting whose
 * minutes are approved other than a recorded amendment, and any change to its agenda items,
 * attendance or documents. Checked inside the write's transaction when it includes meetings.
 */
export async function refuseWriteToApprovedMinutes(
  db: RegiaDatabase,
  tableName: EntityTableName,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Promise<void> {
  if (!isMinutesLockedTable(tableName)) return;
  if (!Dexie.currentTransaction?.storeNames.includes('meetings')) return;
  if (tableName === 'meetings') {
    if (before?.status !== 'verbaleApprovato') return;
    const keys = new Set([...Object.keys(before), ...Object.keys(after ?? {})]);
    for (const key of keys) {
      if (changeableAfterApproval.has(key)) continue;
      if (JSON.stringify(before[key]) !== JSON.stringify(after?.[key])) {
        throw new MinutesLockedError();
      }
    }
    return;
  }
  const meetingId = (after ?? before)?.meetingId;
  if (typeof meetingId === 'string' && isApproved(await db.meetings.get(meetingId))) {
    throw new MinutesLockedError();
  }
}
