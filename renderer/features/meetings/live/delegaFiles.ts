import { maxAttachmentBytes } from '../../../../shared/domain';
import { bridge } from '../../../bridge';
import { mimeTypeOf } from '../attachments/attachmentFiles';
import type { MeetingWriters } from '../meetingWrites';
import { attachDelegaFile } from './liveWrites';

/** What became of a request to attach a written delega. */
export type DelegaOutcome =
  { kind: 'attached'; fileName: string } | { kind: 'cancelled' } | { kind: 'tooLarge' };

/**
 * Asks for the written delega and keeps it among the meeting's documents, linked to the body's
 * attendance so the minutes and the meeting pack find it.
 */
export async function attachDelega(
  writers: MeetingWriters,
  attendanceId: string,
  title: string,
): Promise<DelegaOutcome> {
  const file = await bridge.openFile({ title, filters: [] });
  if (!file) return { kind: 'cancelled' };
  if (file.bytes.byteLength > maxAttachmentBytes) return { kind: 'tooLarge' };
  await attachDelegaFile(writers, attendanceId, {
    name: file.name,
    bytes: file.bytes,
    mimeType: mimeTypeOf(file.name),
  });
  return { kind: 'attached', fileName: file.name };
}
