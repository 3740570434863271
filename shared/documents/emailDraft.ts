import { createMimeMessage } from 'mimetext/browser';
import { base64Of } from './base64';

/** A mailbox: a name and an address. */
export type EmailAddress = { name: string; address: string };

/** A file attached to the e-mail. */
export type EmailAttachment = { fileName: string; bytes: Uint8Array; contentType?: string };

/** What an e-mail draft says and carries. */
export type EmailDraft = {
  from: EmailAddress;
  to: readonly EmailAddress[];
  cc: readonly EmailAddress[];
  subject: string;
  /** Plain text, lines separated by "\n". */
  body: string;
  attachments: readonly EmailAttachment[];
};

const contentTypes: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ics: 'text/calendar',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  txt: 'text/plain',
  csv: 'text/csv',
  zip: 'application/zip',
};

/** The MIME type of a file by its extension, or the generic binary type. */
export function contentTypeOf(fileName: string): string {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  return contentTypes[extension] ?? 'application/octet-stream';
}

const mailbox = ({ name, address }: EmailAddress) => ({ name, addr: address.trim() });

/**
 * An e-mail draft as an RFC 5322 `.eml` message: headers, an Italian plain-text body and the
 * documents attached. Marked unsent (X-Unsent), so the mail program opens it as a draft to send.
 * Regia never sends it itself.
 */
export function emailDraftEml(draft: EmailDraft): string {
  const message = createMimeMessage();
  message.setSender(mailbox(draft.from));
  // A draft may go out without a recipient yet: the user completes it in the mail program.
  if (draft.to.length > 0) message.setTo(draft.to.map(mailbox));
  if (draft.cc.length > 0) message.setCc(draft.cc.map(mailbox));
  message.setSubject(draft.subject);
  message.setHeader('X-Unsent', '1');
  message.addMessage({
    contentType: 'text/plain',
    encoding: 'base64',
    data: base64Of(new TextEncoder().encode(draft.body.replace(/\r?\n/g, '\r\n'))),
  });
  for (const attachment of draft.attachments) {
    message.addAttachment({
      filename: attachment.fileName,
      contentType: attachment.contentType ?? contentTypeOf(attachment.fileName),
      data: base64Of(attachment.bytes),
    });
  }
  return message.asRaw();
}
