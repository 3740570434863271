import { Select, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { meetingKinds, type MeetingKind } from '../../../shared/domain';
import { meetingTitleMaxLength } from '../../../shared/meetings';
import { label } from '../../app/labels';
import { useRegia } from '../../app/RegiaContext';
import { RangeInputs } from '../../ui';
import { MeetingDateField } from './MeetingDateField';

/** The fields of when, where and what kind of meeting, as its forms hold them. */
export type MeetingScheduleValues = {
  title: string;
  kind: MeetingKind;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  pastDateConfirmed: boolean;
};

type MeetingScheduleFieldsProps<Values extends MeetingScheduleValues> = {
  form: UseFormReturnType<Values>;
  /** Whether the day chosen is past and must be confirmed. */
  askPastConfirmation: boolean;
};

/** Title, day, times, kind and place of a meeting: the part its new and details forms share. */
export function MeetingScheduleFields<Values extends MeetingScheduleValues>({
  form,
  askPastConfirmation,
}: MeetingScheduleFieldsProps<Values>) {
  const { t } = useRegia();
  return (
    <>
      <TextInput
        label={t('meetings.field.title')}
        withAsterisk
        maxLength={meetingTitleMaxLength}
        data-autofocus
        {...form.getInputProps('title')}
      />
      <MeetingDateField
        label={t('common.date')}
        dateProps={form.getInputProps('date')}
        confirmProps={form.getInputProps('pastDateConfirmed', { type: 'checkbox' })}
        askConfirmation={askPastConfirmation}
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
    </>
  );
}
