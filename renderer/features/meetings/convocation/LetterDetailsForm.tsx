import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Meeting } from '../../../../shared/domain';
import { secondCallProblems } from '../../../../shared/meetings';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { errorsOf, submitOrShowRefusal } from '../meetingFormErrors';
import type { LetterDetails } from './secondCallWrites';
import { useSecondCallCommands } from './useSecondCallCommands';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

type LetterDetailsValues = {
  protocolNumber: string;
  protocolDate: string;
  secondCallDate: string;
  secondCallTime: string;
};

const detailsOf = (values: LetterDetailsValues): LetterDetails => ({
  protocolNumber: values.protocolNumber,
  protocolDate: values.protocolDate || null,
  secondCallDate: values.secondCallDate || null,
  secondCallTime: values.secondCallTime || null,
});

/** The convocation's protocol number and date (from the body's register) and its second call. */
export function LetterDetailsForm({ meeting }: { meeting: Meeting }) {
  const { t } = useRegia();
  const commands = useSecondCallCommands();
  const form = useForm<LetterDetailsValues>({
    initialValues: {
      protocolNumber: meeting.protocolNumber,
      protocolDate: meeting.protocolDate ?? '',
      secondCallDate: meeting.secondCallDate ?? '',
      secondCallTime: meeting.secondCallTime ?? '',
    },
    validate: (values) => {
      const errors: Record<string, string> = {};
      if (values.protocolDate !== '' && !datePattern.test(values.protocolDate))
        errors.protocolDate = t('common.required');
      if (values.secondCallDate !== '' && !datePattern.test(values.secondCallDate))
        errors.secondCallDate = t('common.required');
      if (values.secondCallTime !== '' && !timePattern.test(values.secondCallTime))
        errors.secondCallTime = t('common.required');
      return { ...errorsOf(t, secondCallProblems(meeting, detailsOf(values))), ...errors };
    },
  });
  const submit = form.onSubmit((values) =>
    reportFailure(t, async () => {
      const saved = await submitOrShowRefusal(t, form.setErrors, () =>
        commands.saveDetails(meeting, detailsOf(values)),
      );
      if (!saved) return;
      form.resetDirty();
      notifySuccess(t, t('documents.ui.detailsSaved'));
    }),
  );
  return (
    <form onSubmit={submit} aria-label={t('documents.ui.letterDetails')}>
      <Stack gap="xs">
        <Group grow align="flex-start">
          <TextInput
            label={t('documents.ui.protocolNumber')}
            description={t('documents.ui.protocolHelp')}
            {...form.getInputProps('protocolNumber')}
          />
          <TextInput
            type="date"
            label={t('documents.ui.protocolDate')}
            {...form.getInputProps('protocolDate')}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('documents.ui.secondCallDate')}
            {...form.getInputProps('secondCallDate')}
          />
          <TextInput
            type="time"
            label={t('documents.ui.secondCallTime')}
            {...form.getInputProps('secondCallTime')}
          />
        </Group>
        <Group>
          <Button type="submit" variant="default" disabled={!form.isDirty()}>
            {t('documents.ui.saveDetails')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
