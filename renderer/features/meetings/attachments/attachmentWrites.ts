import type { Attachment } from '../../../../shared/domain';
import type { RegiaDatabase, Repositories } from '../../../db';
import { RecordNotFoundError } from '../../../db/recordNotFound';
import { mimeTypeOf } from './mimeTypes';

/** What the attachment commands write through. */
export type AttachmentWriters = { db: RegiaDatabase; repositories: Repositories };

/** Where a document is attached: a meeting and one of its agenda items. */
export type AttachmentTarget = { meetingId: string; agendaItemId: string };

/** A document as the user picked it. */
export type PickedDocument = { name: string; bytes: Uint8Array };

// The meeting is in every transaction, so the repositories refuse a change to approved minutes.
const attachmentTables = (db: RegiaDatabase) => [
  db.attachments,
  db.agendaItems,
  db.meetings,
  db.auditEntries,
];

/**
 * Stores a document with an agenda item of its meeting: one transaction, refused when the item
 * is not on that meeting's agenda, the document is too large or the minutes are approved.
 */
export async function addAttachment(
  { db, repositories }: AttachmentWriters,
  target: AttachmentTarget,
  document: PickedDocument,
): Promise<Attachment> {
  return db.transaction('rw', attachmentTables(db), async () => {
    const item = await db.agendaItems.get(target.agendaItemId);
    if (!item || item.archivedAt || item.meetingId !== target.meetingId) {
      throw new RecordNotFoundError('agendaItems', target.agendaItemId);
    }
    return repositories.attachments.create({
      ...target,
      fileName: document.name,
      mimeType: mimeTypeOf(document.name),
      sizeBytes: document.bytes.byteLength,
      bytes: document.bytes,
    });
  });
}

/** Removes a document from its agenda item: one transaction, refused once the minutes are approved. */
export async function removeAttachment(
  { db, repositories }: AttachmentWriters,
  attachmentId: string,
): Promise<Attachment> {
  return db.transaction('rw', attachmentTables(db), async () => {
    const attachment = await db.attachments.get(attachmentId);
    if (!attachment) throw new RecordNotFoundError('attachments', attachmentId);
    await repositories.attachments.remove(attachmentId);
    return attachment;
  });
}
