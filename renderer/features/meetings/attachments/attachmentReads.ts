import type { Attachment } from '../../../../shared/domain';
import type { RegiaDatabase } from '../../../db';

/** The documents attached to a meeting and its items, oldest first, archived ones aside. */
export async function readMeetingAttachments(
  db: RegiaDatabase,
  meetingId: string,
): Promise<Attachment[]> {
  return (await db.attachments.where('meetingId').equals(meetingId).toArray())
    .filter((attachment) => !attachment.archivedAt)
    .toSorted((a, b) => a.createdAt.localeCompare(b.createdAt));
}
