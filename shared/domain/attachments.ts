import { z } from 'zod';
import { recordMetaSchema, reference } from './record';

/** The largest document that can be attached to an agenda item. */
export const maxAttachmentBytes = 20 * 1024 * 1024;

/** A document attached to a meeting or one of its agenda items, kept in the database and in backups. */
export const attachmentSchema = recordMetaSchema.extend({
  meetingId: z.uuid(),
  agendaItemId: reference,
  fileName: z.string().trim().min(1).max(255),
  mimeType: z.string().max(200).default('application/octet-stream'),
  sizeBytes: z.number().int().min(0).max(maxAttachmentBytes),
  bytes: z.custom<Uint8Array>(
    (value) => value instanceof Uint8Array,
    'atteso un contenuto binario',
  ),
});
export type Attachment = z.infer<typeof attachmentSchema>;
