import { Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { Meeting } from '../../../../shared/domain';
import { isPastMeetingDate, type PostponedItemProposal } from '../../../../shared/meetings';
import { useRegia } from '../../../app/RegiaContext';
import { scheduleErrors } from '../meetingFormErrors';
import type { CopySchedule, DateCheck } from '../meetingWrites';
import { carriedAtFirst, MeetingStartForm } from '../MeetingStartForm';
import { MeetingTitleDayFields } from '../MeetingTitleDayFields';

type CopyMeetingFormProps = {
  source: Meeting;
  /** The day proposed for the copy. */
  date: string;
  today: string;
  proposals: readonly PostponedItemProposal[];
  onSubmit: (schedule: CopySchedule, check: DateCheck, carriedItemIds: string[]) => Promise<void>;
};

/** Starts the next meeting of a series from one: its day, title and the postponed items to take up. */
export function CopyMeetingForm({
  source,
  date,
  today,
  proposals,
  onSubmit,
}: CopyMeetingFormProps) {
  const { t } = useRegia();
  const [initialValues] = useState(() => ({
    title: source.title,
    date,
    startTime: source.startTime ?? '',
    pastDateConfirmed: false,
    carriedItemIds: carriedAtFirst(proposals),
  }));
  const form = useForm({
    initialValues,
    validate: (values) => scheduleErrors(t, { ...values, endTime: null }, today),
  });
  return (
    <MeetingStartForm
      form={form}
      dirty={form.isDirty('title') || form.isDirty('date') || form.isDirty('startTime')}
      proposals={proposals}
      onSubmit={({ title, date: day, startTime, pastDateConfirmed, carriedItemIds }) =>
        onSubmit(
          { title, date: day, startTime: startTime || null },
          { today, pastDateConfirmed },
          carriedItemIds,
        )
      }
    >
      <Text size="sm">{t('meetings.life.copyHint')}</Text>
      <MeetingTitleDayFields
        form={form}
        askPastConfirmation={isPastMeetingDate(form.values.date, today)}
      />
      <TextInput type="time" label={t('meetings.time')} {...form.getInputProps('startTime')} />
    </MeetingStartForm>
  );
}
