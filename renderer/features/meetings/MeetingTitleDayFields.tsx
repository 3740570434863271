import { TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { meetingTitleMaxLength } from '../../../shared/meetings';
import { useRegia } from '../../app/RegiaContext';
import { MeetingDateField } from './MeetingDateField';

/** A meeting's title and day, with the confirmation a past day asks for. */
export type MeetingTitleDayValues = { title: string; date: string; pastDateConfirmed: boolean };

type MeetingTitleDayFieldsProps<Values extends MeetingTitleDayValues> = {
  form: UseFormReturnType<Values>;
  /** Whether the day chosen is past and must be confirmed. */
  askPastConfirmation: boolean;
};

/** Title and day of a meeting: the start of its new, details and copy forms. */
export function MeetingTitleDayFields<Values extends MeetingTitleDayValues>({
  form,
  askPastConfirmation,
}: MeetingTitleDayFieldsProps<Values>) {
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
    </>
  );
}
