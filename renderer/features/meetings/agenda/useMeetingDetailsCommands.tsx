import type { Meeting } from '../../../../shared/domain';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { openFormModal } from '../../../ui';
import { updateMeeting } from '../meetingWrites';
import { notifyRenumbering } from '../notifyRenumbering';
import { MeetingDetailsForm } from './MeetingDetailsForm';
import { readNetworkDirectory } from './useNetworkDirectory';

/** The commands on a meeting's details. */
export type MeetingDetailsCommands = {
  /** Opens "Modifica dati" in a form modal that guards unsaved changes. */
  edit: () => void;
};

/** Edits a meeting's details through the meetings' commands and tells the user what changed. */
export function useMeetingDetailsCommands(meeting: Meeting): MeetingDetailsCommands {
  const { t, db, repositories } = useRegia();
  return {
    // The form chooses among every member and referente: read when it opens, not with the page.
    edit: () =>
      void reportFailure(t, async () => {
        const everyone = await readNetworkDirectory(db, meeting.networkId);
        openFormModal({
          t,
          title: t('meetings.details'),
          size: 'lg',
          children: (
            <MeetingDetailsForm
              meeting={meeting}
              directory={everyone}
              onSubmit={async (values, check) => {
                const { renumbered } = await updateMeeting(
                  { db, repositories },
                  meeting.id,
                  values,
                  check,
                );
                notifySuccess(t, t('meetings.details.saved'));
                notifyRenumbering(t, renumbered);
              }}
            />
          ),
        });
      }),
  };
}
