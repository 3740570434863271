import type { Meeting } from '../../../../shared/domain';
import { notifyProblem, notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { refusalMessage } from '../meetingFormErrors';
import { markConvoked } from './convocationWrites';

/** The commands of a meeting's convocation panel. */
export type ConvocationCommands = {
  /** Records that the convocation was sent: the draft becomes convocata. */
  markConvoked: (meeting: Meeting) => Promise<void>;
};

/** Runs the convocation's commands and tells the user how they went. */
export function useConvocationCommands(): ConvocationCommands {
  const { t, db, repositories } = useRegia();
  return {
    markConvoked: async (meeting) => {
      await reportFailure(t, async () => {
        try {
          await markConvoked({ db, repositories }, meeting.id);
        } catch (error) {
          const refusal = refusalMessage(t, error);
          if (refusal === null) throw error;
          notifyProblem(t, refusal);
          return;
        }
        notifySuccess(t, t('meetings.convocation.marked'));
      });
    },
  };
}
