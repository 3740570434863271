import { maxAttachmentBytes, type Attachment } from '../../../../shared/domain';
import type { Repositories } from '../../../db';
import { writableDocumentName } from '../../../../shared/security';
import { bridge } from '../../../bridge';

const mimeTypes: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  txt: 'text/plain',
  csv: 'text/csv',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/** The media type of a file, from its extension. */
export function mimeTypeOf(fileName: string): string {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  return mimeTypes[extension] ?? 'application/octet-stream';
}

/** What became of a request to attach a document. */
export type AttachOutcome =
  { kind: 'attached'; fileName: string } | { kind: 'cancelled' } | { kind: 'tooLarge' };

/** Asks the user for a document and stores it in the database with the agenda item. */
export async function attachDocument(
  repositories: Repositories,
  target: { meetingId: string; agendaItemId: string },
  title: string,
): Promise<AttachOutcome> {
  const file = await bridge.openFile({ title, filters: [] });
  if (!file) return { kind: 'cancelled' };
  if (file.bytes.byteLength > maxAttachmentBytes) return { kind: 'tooLarge' };
  await repositories.attachments.create({
    ...target,
    fileName: file.name,
    mimeType: mimeTypeOf(file.name),
    sizeBytes: file.bytes.byteLength,
    bytes: file.bytes,
  });
  return { kind: 'attached', fileName: file.name };
}

/**
 * Opens a stored document with the system's application (the browser downloads it); a type the
 * system may not open, such as a program, is saved where the user says instead.
 */
export async function openAttachment(attachment: Attachment): Promise<void> {
  const name = writableDocumentName(attachment.fileName);
  if (await bridge.openDocument({ name, bytes: attachment.bytes })) return;
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  await bridge.saveFile({
    title: name,
    suggestedName: name,
    filters: /^[a-z0-9]{1,10}$/.test(extension) ? [{ name, extensions: [extension] }] : [],
    bytes: attachment.bytes,
  });
}
