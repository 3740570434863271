import { useForm } from '@mantine/form';
import { useState } from 'react';
import { isPastMeetingDate, type PostponedItemProposal } from '../../../shared/meetings';
import { useRegia } from '../../app/RegiaContext';
import { scheduleErrors } from './meetingFormErrors';
import { MeetingScheduleFields, type MeetingScheduleValues } from './MeetingScheduleFields';
import { carriedAtFirst, MeetingStartForm, type CarriedItems } from './MeetingStartForm';

/** What the new-meeting form gives its command. */
export type NewMeetingFormValues = MeetingScheduleValues & CarriedItems;

type NewMeetingFormProps = {
  /** Today, `yyyy-MM-dd`: a day before it asks for confirmation. */
  today: string;
  /** Items postponed in earlier meetings, offered for the new agenda. */
  proposals: readonly PostponedItemProposal[];
  /** Creates the meeting (through the meetings' commands). */
  onSubmit: (values: NewMeetingFormValues) => Promise<void>;
};

/** Creates a meeting in draft, numbered within its year, taking up the postponed items ticked. */
export function NewMeetingForm({ today, proposals, onSubmit }: NewMeetingFormProps) {
  const { t } = useRegia();
  const [initialValues] = useState<NewMeetingFormValues>(() => ({
    title: '',
    date: today,
    startTime: '10:00',
    endTime: '',
    kind: 'ordinaria',
    place: '',
    pastDateConfirmed: false,
    carriedItemIds: carriedAtFirst(proposals),
  }));
  const form = useForm({
    initialValues,
    validate: (values) =>
      scheduleErrors(t, { ...values, startTime: values.startTime, endTime: values.endTime }, today),
  });
  const past = isPastMeetingDate(form.values.date, today);
  return (
    <MeetingStartForm
      form={form}
      dirty={form.isDirty('title') || form.isDirty('place') || form.isDirty('date')}
      proposals={proposals}
      onSubmit={onSubmit}
    >
      <MeetingScheduleFields form={form} askPastConfirmation={past} />
    </MeetingStartForm>
  );
}
