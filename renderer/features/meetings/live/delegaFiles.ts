import { maxAttachmentBytes, type Attendance } from '../../../../shared/domain';
import { bridge } from '../../../bridge';
import type { Repositories } from '../../../db';
import { mimeTypeOf } from '../attachments/attachmentFiles';

/** What became of a request to attach a written delega. */
export type DelegaOutcome =
  { kind: 'attached'; fileName: string } | { kind: 'cancelled' } | { kind: 'tooLarge' };

/**
 * Asks for the written delega and keeps it among the meeting's documents, linked to the body's
 * attendance so the minutes and the meeting pack find it.
 */
export async function attachDelega(
  repositories: Pick<Repositories, 'attachments' | 'attendances'>,
  attendance: Attendance,
  title: string,
): Promise<DelegaOutcome> {
  const file = await bridge.openFile({ title, filters: [] });
  if (!file) return { kind: 'cancelled' };
  if (file.bytes.byteLength > maxAttachmentBytes) return { kind: 'tooLarge' };
  const attachment = await repositories.attachments.create({
    meetingId: attendance.meetingId,
    agendaItemId: null,
    fileName: file.name,
    mimeType: mimeTypeOf(file.name),
    sizeBytes: file.bytes.byteLength,
    bytes: file.bytes,
  });
  await repositories.attendances.update(attendance.id, { delegaAttachmentId: attachment.id });
  return { kind: 'attached', fileName: file.name };
}
