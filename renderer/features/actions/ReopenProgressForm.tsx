import { NumberInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { progressProblemKeys, readProgress } from '../../../shared/actions';
import { useRegia } from '../../app/RegiaContext';
import { FormFooter, GuardedForm } from '../../ui';

type ReopenProgressFormProps = {
  /** Saves the new progress, a whole number from 0 to 99. */
  onSubmit: (progress: number) => Promise<void>;
};

/**
 * Asks how far an action moved back from completed has got, since it is no longer at 100%:
 * in the kit's form modal, submitted once, and Escape on a typed figure asks first.
 */
export function ReopenProgressForm({ onSubmit }: ReopenProgressFormProps) {
  const { t } = useRegia();
  const form = useForm<{ progress: number | string }>({
    initialValues: { progress: '' },
    validate: {
      progress: (value) => {
        const read = readProgress(value);
        if ('problem' in read) return t(progressProblemKeys[read.problem]);
        return read.progress >= 100 ? t('actions.progress.reopenedStillFull') : null;
      },
    },
  });
  return (
    <GuardedForm
      form={form}
      onSubmit={async ({ progress }) => {
        const read = readProgress(progress);
        if ('problem' in read) return false;
        await onSubmit(read.progress);
        return true;
      }}
    >
      <Stack>
        <NumberInput
          label={t('actions.field.progress')}
          description={t('actions.progress.reopenedStillFull')}
          min={0}
          max={99}
          clampBehavior="none"
          allowDecimal={false}
          data-autofocus
          {...form.getInputProps('progress')}
        />
        <FormFooter submitLabel={t('common.save')} />
      </Stack>
    </GuardedForm>
  );
}
