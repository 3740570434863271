import { Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { Meeting } from '../../../../shared/domain';
import { isPastMeetingDate, type PostponedItemProposal } from '../../../../shared/meetings';
import { useRegia } from '../../../app/RegiaContext';
import { FormFooter, GuardedForm } from '../../../ui';
import { scheduleErrors, submitOrShowRefusal } from '../meetingFormErrors';
import type { CopySchedule, DateCheck } from '../meetingWrites';
import { MeetingTitleDayFields } from '../MeetingTitleDayFields';
import { PostponedItemsChecklist } from '../PostponedItemsChecklist';

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
    carriedItemIds: proposals.map((proposal) => proposal.item.id),
  }));
  const form = useForm({
    initialValues,
    validate: (values) => scheduleErrors(t, { ...values, endTime: null }, today),
  });
  return (
    <GuardedForm
      form={form}
      dirty={form.isDirty('title') || form.isDirty('date') || form.isDirty('startTime')}
      onSubmit={({ title, date: day, startTime, pastDateConfirmed, carriedItemIds }) =>
        submitOrShowRefusal(t, form.setErrors, () =>
          onSubmit(
            { title, date: day, startTime: startTime || null },
            { today, pastDateConfirmed },
            carriedItemIds,
          ),
        )
      }
    >
      <Stack>
        <Text size="sm">{t('meetings.life.copyHint')}</Text>
        <MeetingTitleDayFields
          form={form}
          askPastConfirmation={isPastMeetingDate(form.values.date, today)}
        />
        <TextInput type="time" label={t('meetings.time')} {...form.getInputProps('startTime')} />
        <PostponedItemsChecklist
          proposals={proposals}
          value={form.values.carriedItemIds}
          onChange={(ids) => form.setFieldValue('carriedItemIds', ids)}
        />
        <FormFooter submitLabel={t('common.create')} />
      </Stack>
    </GuardedForm>
  );
}
