import { TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { meetingKinds, type MeetingKind } from '../../../shared/domain';
import { label } from '../../app/labels';
import { useRegia } from '../../app/RegiaContext';
import { ChoiceSelect, RangeInputs } from '../../ui';
import { MeetingTitleDayFields, type MeetingTitleDayValues } from './MeetingTitleDayFields';

/** The fields of when, where and what kind of meeting, as its forms hold them. */
export type MeetingScheduleValues = MeetingTitleDayValues & {
  kind: MeetingKind;
  startTime: string;
  endTime: string;
  place: string;
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
      <MeetingTitleDayFields form={form} askPastConfirmation={askPastConfirmation} />
      <RangeInputs
        kind="time"
        startLabel={t('meetings.time')}
        endLabel={t('meetings.field.endTime')}
        startProps={form.getInputProps('startTime')}
        endProps={form.getInputProps('endTime')}
      />
      <ChoiceSelect
        label={t('meetings.kind')}
        choices={meetingKinds}
        labelOf={(kind) => label.meetingKind(t, kind)}
        {...form.getInputProps('kind')}
      />
      <TextInput label={t('meetings.place')} {...form.getInputProps('place')} />
    </>
  );
}
