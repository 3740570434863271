import type { Attachment } from '../../../../shared/domain';
import {
  meetingFileName,
  meetingPackFiles,
  type ConvocationDocument,
} from '../../../../shared/meetings';
import { bridge } from '../../../bridge';
import type { Translate } from '../../../app/RegiaContext';
import { convocationDocx } from './convocationDocx';
import { invitationTextOf, type ConvocationInputs } from './convocationSource';

const encoder = new TextEncoder();

/** The names of the convocation's files for a meeting. */
export function convocationNames(t: Translate, inputs: Pick<ConvocationInputs, 'meeting'>) {
  const prefix = t('meetings.convocation.fileName');
  return {
    docx: meetingFileName(prefix, inputs.meeting, 'docx'),
    pdf: meetingFileName(prefix, inputs.meeting, 'pdf'),
    ics: meetingFileName(prefix, inputs.meeting, 'ics'),
    pack: meetingFileName(t('meetings.convocation.packName'), inputs.meeting, 'zip'),
  };
}

/** Saves the convocation letter as a Word file; returns whether it was saved. */
export async function saveConvocationDocx(
  t: Translate,
  inputs: ConvocationInputs,
  letter: ConvocationDocument,
): Promise<boolean> {
  const result = await bridge.saveFile({
    title: t('meetings.convocation.docx'),
    suggestedName: convocationNames(t, inputs).docx,
    filters: [{ name: 'Word', extensions: ['docx'] }],
    bytes: await convocationDocx(letter),
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

/**
 * Saves the meeting pack in one step: the convocation (Word and .ics) and every attached
 * document; the desktop app writes them into a folder, the browser downloads one zip.
 */
export async function saveMeetingPack(
  t: Translate,
  inputs: ConvocationInputs,
  letter: ConvocationDocument,
  attachments: readonly Attachment[],
): Promise<number | null> {
  const names = convocationNames(t, inputs);
  const position = new Map(inputs.items.map((item, index) => [item.id, index + 1]));
  const files = meetingPackFiles(
    [
      { name: names.docx, bytes: await convocationDocx(letter) },
      { name: names.ics, bytes: encoder.encode(invitationTextOf(inputs, new Date())) },
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
