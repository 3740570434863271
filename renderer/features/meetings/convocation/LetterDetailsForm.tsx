import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Meeting } from '../../../../shared/domain';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The convocation's protocol number and date (from the body's register) and its second call. */
export function LetterDetailsForm({ meeting }: { meeting: Meeting }) {
  const { t, repositories } = useRegia();
  const form = useForm({
    initialValues: {
      protocolNumber: meeting.protocolNumber,
      protocolDate: meeting.protocolDate ?? '',
      secondCallDate: meeting.secondCallDate ?? '',
      secondCallTime: meeting.secondCallTime ?? '',
    },
    validate: {
      protocolDate: (value) =>
        value === '' || datePattern.test(value) ? null : t('common.required'),
      secondCallDate: (value) =>
        value === '' || datePattern.test(value) ? null : t('common.required'),
      secondCallTime: (value) =>
        value === '' || timePattern.test(value) ? null : t('common.required'),
    },
  });
  const submit = form.onSubmit((values) =>
    reportFailure(t, async () => {
      await repositories.meetings.update(meeting.id, {
        protocolNumber: values.protocolNumber.trim(),
        protocolDate: values.protocolDate || null,
        secondCallDate: values.secondCallDate || null,
        secondCallTime: values.secondCallTime || null,
      });
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
