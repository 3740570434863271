import { Checkbox, Stack, TextInput, type CheckboxProps, type TextInputProps } from '@mantine/core';
import { useRegia } from '../../app/RegiaContext';

type MeetingDateFieldProps = {
  label: string;
  /** The date input's props (`form.getInputProps('date')`). */
  dateProps: TextInputProps;
  /** The confirmation's props (`form.getInputProps('pastDateConfirmed', { type: 'checkbox' })`). */
  confirmProps: CheckboxProps;
  /** Whether the day chosen is past and must be confirmed. */
  askConfirmation: boolean;
};

/** A meeting's day, with the confirmation a day in the past asks for. */
export function MeetingDateField({
  label,
  dateProps,
  confirmProps,
  askConfirmation,
}: MeetingDateFieldProps) {
  const { t } = useRegia();
  return (
    <Stack gap="xs">
      <TextInput type="date" label={label} withAsterisk {...dateProps} />
      {askConfirmation && <Checkbox label={t('meetings.rule.pastDateConfirm')} {...confirmProps} />}
    </Stack>
  );
}
