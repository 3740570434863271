import { maxAttachmentBytes, type Attachment } from '../../../../shared/domain';
import { writableDocumentName } from '../../../../shared/security';
import { bridge } from '../../../bridge';
import { addAttachment, type AttachmentTarget, type AttachmentWriters } from './attachmentWrites';

export { mimeTypeOf } from './mimeTypes';

/** What became of a request to attach a document. */
export type AttachOutcome =
  { kind: 'attached'; fileName: string } | { kind: 'cancelled' } | { kind: 'tooLarge' };

/** Asks the user for a document and stores it with the agenda item through its command. */
export async function attachDocument(
  writers: AttachmentWriters,
  target: AttachmentTarget,
  title: string,
): Promise<AttachOutcome> {
  const file = await bridge.openFile({ title, filters: [] });
  if (!file) return { kind: 'cancelled' };
  if (file.bytes.byteLength > maxAttachmentBytes) return { kind: 'tooLarge' };
  await addAttachment(writers, target, file);
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
