import { modals } from '@mantine/modals';
import type { Meeting } from '../../../../shared/domain';
import { documentDocx, emailDraftEml, type OfficialDocument } from '../../../../shared/documents';
import { minutesDraftEmail, type MeetingEmailParties } from '../../../../shared/meetings';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { printedPdfOf } from '../../../app/print';
import { useRegia } from '../../../app/RegiaContext';
import { bridge } from '../../../bridge';
import { markDraftSent } from './minutesWrites';

/**
 * Saving the minutes as DOCX, and sending the draft to the members: an e-mail draft with the
 * minutes (marked BOZZA) attached is handed to the mail program (or, without an address to send
 * from, the DOCX is saved), and the sending is recorded only when the user confirms it went.
 */
export function useMinutesExport(
  meeting: Meeting,
  document: OfficialDocument | null,
  fileName: string,
  parties: MeetingEmailParties | null,
): { exportDocx: () => void; sendDraft: () => void } {
  const { t, db, repositories } = useRegia();
  const openDraft = async (official: OfficialDocument): Promise<boolean> => {
    if (!parties?.sender.address) return false;
    // The desktop app attaches the printed verbale too; a browser tab cannot print it into bytes.
    const pdf = await printedPdfOf(official);
    const draft = minutesDraftEmail(parties, meeting, [
      ...(pdf ? [{ fileName: `${fileName}-bozza.pdf`, bytes: pdf }] : []),
      { fileName: `${fileName}-bozza.docx`, bytes: await documentDocx(official) },
    ]);
    return bridge.openEmailDraft({
      name: `${fileName}-bozza.eml`,
      bytes: new TextEncoder().encode(emailDraftEml(draft)),
    });
  };
  const save = async (official: OfficialDocument, suffix: string): Promise<boolean> => {
    const result = await bridge.saveFile({
      title: t('minutes.exportDocx'),
      suggestedName: `${fileName}${suffix}.docx`,
      filters: [{ name: 'Word', extensions: ['docx'] }],
      bytes: await documentDocx(official),
    });
    return result.saved;
  };
  const confirmSent = (): void => {
    modals.openConfirmModal({
      title: t('minutes.sendDraft'),
      children: t('documents.mail.confirmSent'),
      labels: { confirm: t('documents.mail.sent'), cancel: t('documents.mail.notYet') },
      onConfirm: () =>
        void reportFailure(t, async () => {
          await markDraftSent({ db, repositories }, meeting.id);
          notifySuccess(t, t('minutes.draftSent'));
        }),
    });
  };
  return {
    exportDocx: () => {
      if (!document) return;
      void reportFailure(t, async () => {
        if (await save(document, document.draftMark ? '-bozza' : ''))
          notifySuccess(t, t('minutes.exported'));
      });
    },
    sendDraft: () => {
      if (!document) return;
      void reportFailure(t, async () => {
        if ((await openDraft(document)) || (await save(document, '-bozza'))) confirmSent();
      });
    },
  };
}
