import { useMemo } from 'react';
import type { Meeting } from '../../../../shared/domain';
import { notifyError, notifyProblem, notifySuccess } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { saveItemNotes } from '../live/liveWrites';
import {
  addAmendment,
  approveMinutes,
  ApprovalRefusedError,
  saveDecisionText,
  saveMinutesPremise,
} from './minutesWrites';

/** The commands of the minutes tab for one meeting, each saved in one transaction. */
export type MinutesCommands = {
  /** The texts the editor saves as they are typed: each resolves once saved, or throws. */
  savePremise: (text: string) => Promise<unknown>;
  saveDiscussion: (itemId: string, text: string) => Promise<unknown>;
  saveDecisionText: (itemId: string, text: string) => Promise<unknown>;
  /** Approves the minutes in a later meeting and tells the person, naming it. */
  approve: (approving: Meeting, approvingName: string) => void;
  /** Records an amendment; resolves whether it was recorded. */
  addAmendment: (text: string, approvedInMeetingId: string | null) => Promise<boolean>;
};

/** The minutes tab's commands over the app's database; the object stays the same between renders. */
export function useMinutesCommands(meetingId: string): MinutesCommands {
  const { t, db, repositories } = useRegia();
  return useMemo(() => {
    const writers = { db, repositories };
    const run = async (task: () => Promise<unknown>): Promise<boolean> => {
      try {
        await task();
        return true;
      } catch (error) {
        if (error instanceof ApprovalRefusedError) {
          notifyProblem(t, t(`approval.problem.${error.problem}`));
        } else {
          notifyError(t, error);
        }
        return false;
      }
    };
    return {
      savePremise: (text) => saveMinutesPremise(writers, meetingId, text),
      saveDiscussion: (itemId, text) => saveItemNotes(writers, itemId, text),
      saveDecisionText: (itemId, text) => saveDecisionText(writers, itemId, text),
      approve: (approving, approvingName) =>
        void run(async () => {
          await approveMinutes(writers, meetingId, approving.id);
          notifySuccess(t, t('minutes.approvedNotice', { meeting: approvingName }));
        }),
      addAmendment: (text, approvedInMeetingId) =>
        run(async () => {
          await addAmendment(writers, meetingId, text, approvedInMeetingId);
          notifySuccess(t, t('minutes.amendmentRecorded'));
        }),
    };
  }, [t, db, repositories, meetingId]);
}
