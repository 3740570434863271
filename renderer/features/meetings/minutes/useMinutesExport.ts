import type { Meeting } from '../../../../shared/domain';
import type { MinutesDocument } from '../../../../shared/meetings/minutes/minutesDocument';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { bridge } from '../../../bridge';
import { minutesDocxBytes } from './minutesDocx';
import { markDraftSent } from './minutesWrites';

/** Saving the minutes as DOCX, and sending the draft to the members (a DOCX marked BOZZA). */
export function useMinutesExport(
  meeting: Meeting,
  minutes: MinutesDocument | null,
): { exportDocx: () => void; sendDraft: () => void } {
  const { t, repositories } = useRegia();
  const save = async (document: MinutesDocument, suffix: string): Promise<boolean> => {
    const result = await bridge.saveFile({
      title: t('minutes.exportDocx'),
      suggestedName: `${document.fileName}${suffix}.docx`,
      filters: [{ name: 'Word', extensions: ['docx'] }],
      bytes: await minutesDocxBytes(document),
    });
    return result.saved;
  };
  return {
    exportDocx: () => {
      if (!minutes) return;
      void reportFailure(t, async () => {
        if (await save(minutes, minutes.draftMark ? '-bozza' : ''))
          notifySuccess(t, t('minutes.exported'));
      });
    },
    sendDraft: () => {
      if (!minutes) return;
      void reportFailure(t, async () => {
        if (!(await save(minutes, '-bozza'))) return;
        await markDraftSent(repositories, meeting);
        notifySuccess(t, t('minutes.draftSent'));
      });
    },
  };
}
