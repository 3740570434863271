import { Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { meetingKinds, type MeetingKind } from '../../../shared/domain';
import {
  isPastMeetingDate,
  meetingTitleMaxLength,
  type PostponedItemProposal,
} from '../../../shared/meetings';
import { label } from '../../app/labels';
import { useRegia } from '../../app/RegiaContext';
import { FormFooter, GuardedForm, RangeInputs } from '../../ui';
import { MeetingDateField } from './MeetingDateField';
import { scheduleErrors, submitOrShowRefusal } from './meetingFormErrors';
import { PostponedItemsChecklist } from './PostponedItemsChecklist';

/** What the new-meeting form gives its command. */
export type NewMeetingFormValues = {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  kind: MeetingKind;
  place: string;
  pastDateConfirmed: boolean;
  carriedItemIds: string[];
};

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
    carriedItemIds: proposals.map((proposal) => proposal.item.id),
  }));
  const form = useForm({
    initialValues,
    validate: (values) =>
      scheduleErrors(t, { ...values, startTime: values.startTime, endTime: values.endTime }, today),
  });
  const past = isPastMeetingDate(form.values.date, today);
  return (
    <GuardedForm
      form={form}
      // The proposals start ticked: only what the person typed makes the form "changed".
      dirty={form.isDirty('title') || form.isDirty('place') || form.isDirty('date')}
      onSubmit={(values) => submitOrShowRefusal(t, form.setErrors, () => onSubmit(values))}
    >
      <Stack>
        <TextInput
          label={t('actions.titleField')}
          withAsterisk
          maxLength={meetingTitleMaxLength}
          data-autofocus
          {...form.getInputProps('title')}
        />
        <MeetingDateField
          label={t('common.date')}
          dateProps={form.getInputProps('date')}
          confirmProps={form.getInputProps('pastDateConfirmed', { type: 'checkbox' })}
          askConfirmation={past}
        />
        <RangeInputs
          kind="time"
          startLabel={t('meetings.time')}
          endLabel={t('meetings.field.endTime')}
          startProps={form.getInputProps('startTime')}
          endProps={form.getInputProps('endTime')}
        />
        <Select
          label={t('meetings.kind')}
          data={meetingKinds.map((kind) => ({ value: kind, label: label.meetingKind(t, kind) }))}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        <TextInput label={t('meetings.place')} {...form.getInputProps('place')} />
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
