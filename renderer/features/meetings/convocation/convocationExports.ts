import type { Attachment } from '../../../../shared/domain';
import { documentDocx, emailDraftEml, type OfficialDocument } from '../../../../shared/documents';
import {
  convocationEmail,
  delegaFileName,
  meetingFileName,
  meetingPackFiles,
} from '../../../../shared/meetings';
import { bridge } from '../../../bridge';
import { printedPdfOf } from '../../../app/print';
import type { Translate } from '../../../app/RegiaContext';
import {
  convocationRecipients,
  delegaFormsOf,
  emailSenderOf,
  invitationTextOf,
  type ConvocationInputs,
} from './convocationSource';

const encoder = new TextEncoder();

/** The names of the convocation's files for a meeting. */
export function convocationNames(t: Translate, inputs: Pick<ConvocationInputs, 'meeting'>) {
  const prefix = t('meetings.convocation.fileName');
  return {
    docx: meetingFileName(prefix, inputs.meeting, 'docx'),
    pdf: meetingFileName(prefix, inputs.meeting, 'pdf'),
    ics: meetingFileName(prefix, inputs.meeting, 'ics'),
    pack: meetingFileName(t('meetings.convocation.packName'), inputs.meeting, 'zip'),
    delegaPack: meetingFileName(t('documents.ui.delegaPackName'), inputs.meeting, 'zip'),
    email: meetingFileName(prefix, inputs.meeting, 'eml'),
  };
}

/** Saves the convocation letter as a Word file; returns whether it was saved. */
export async function saveConvocationDocx(
  t: Translate,
  inputs: ConvocationInputs,
  letter: OfficialDocument,
): Promise<boolean> {
  const result = await bridge.saveFile({
    title: t('meetings.convocation.docx'),
    suggestedName: convocationNames(t, inputs).docx,
    filters: [{ name: 'Word', extensions: ['docx'] }],
    bytes: await documentDocx(letter),
  });
  return result.saved;
}

/** Saves the calendar invitation; returns whether it was saved. */
export async function saveInvitation(t: Translate, inputs: ConvocationInputs): Promise<boolean> {
  const result = await bridge.saveFile({
    title: t('meetings.convocation.ics'),
    suggestedName: convocationNames(t, inputs).ics,
    filters: [{ name: 'iCalendar', extensions: ['ics'] }],
    bytes: encoder.encode(invitationTextOf(inputs, new Date())),
  });
  return result.saved;
}

/** The delega forms of every invited body, as Word files. */
export async function delegaFiles(
  inputs: ConvocationInputs,
): Promise<{ name: string; bytes: Uint8Array }[]> {
  return Promise.all(
    delegaFormsOf(inputs).map(async (form) => ({
      name: delegaFileName(inputs.locale, inputs.meeting, form.bodyName),
      bytes: await documentDocx(form.document),
    })),
  );
}

/** Saves one prefilled delega form per invited body; returns how many, or null if not saved. */
export async function saveDelegaForms(
  t: Translate,
  inputs: ConvocationInputs,
): Promise<number | null> {
  const files = await delegaFiles(inputs);
  if (files.length === 0) return 0;
  const result = await bridge.saveFiles({
    title: t('documents.ui.delegaForms'),
    archiveName: convocationNames(t, inputs).delegaPack,
    files,
  });
  return result.saved ? result.count : null;
}

/**
 * Saves the meeting pack in one step: the convocation (Word and .ics), the delega forms and
 * every attached document; the desktop app writes them into a folder, the browser downloads one zip.
 */
export async function saveMeetingPack(
  t: Translate,
  inputs: ConvocationInputs,
  letter: OfficialDocument,
  attachments: readonly Attachment[],
): Promise<number | null> {
  const names = convocationNames(t, inputs);
  const position = new Map(inputs.items.map((item, index) => [item.id, index + 1]));
  const files = meetingPackFiles(
    [
      { name: names.docx, bytes: await documentDocx(letter) },
      { name: names.ics, bytes: encoder.encode(invitationTextOf(inputs, new Date())) },
      ...(await delegaFiles(inputs)),
    ],
    attachments.map((attachment) => ({
      fileName: attachment.fileName,
      itemNumber: attachment.agendaItemId ? (position.get(attachment.agendaItemId) ?? null) : null,
      bytes: attachment.bytes,
    })),
  );
  const result = await bridge.saveFiles({
    title: t('meetings.convocation.pack'),
    archiveName: names.pack,
    files,
  });
  return result.saved ? result.count : null;
}

/** What the convocation's e-mail draft holds: its file name, and whether the PDF is attached. */
export type ConvocationDraft = { name: string; pdfAttached: boolean };

/**
 * Prepares the convocation's e-mail draft (.eml) with the letter (PDF and Word), the .ics, the
 * delega forms and the meeting's documents attached, and hands it to the mail program (downloads
 * it in a browser, which cannot print a PDF into bytes: there the Word letter goes alone).
 * Returns the draft, or null when the body has no address to send from.
 */
export async function openConvocationEmail(
  t: Translate,
  inputs: ConvocationInputs,
  letter: OfficialDocument,
  attachments: readonly Attachment[],
): Promise<ConvocationDraft | null> {
  const sender = emailSenderOf(inputs);
  if (!sender.address) return null;
  const names = convocationNames(t, inputs);
  const pdf = await printedPdfOf(letter);
  const draft = convocationEmail(
    {
      locale: inputs.locale,
      networkName: inputs.network.name,
      sender,
      recipients: convocationRecipients(inputs),
    },
    inputs.meeting,
    [
      ...(pdf ? [{ fileName: names.pdf, bytes: pdf }] : []),
      { fileName: names.docx, bytes: await documentDocx(letter) },
      { fileName: names.ics, bytes: encoder.encode(invitationTextOf(inputs, new Date())) },
      ...(await delegaFiles(inputs)).map((file) => ({ fileName: file.name, bytes: file.bytes })),
      ...attachments.map((attachment) => ({
        fileName: attachment.fileName,
        bytes: attachment.bytes,
        contentType: attachment.mimeType,
      })),
    ],
  );
  await bridge.openEmailDraft({ name: names.email, bytes: encoder.encode(emailDraftEml(draft)) });
  return { name: names.email, pdfAttached: pdf !== null };
}
