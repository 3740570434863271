import { NumberInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { progressProblemKeys, readProgress } from '../../../shared/actions';
import { useRegia } from '../../app/RegiaContext';
import { FormFooter } from '../../ui';

type ReopenProgressFormProps = {
  /** Called with the new progress, a whole number from 0 to 99. */
  onSubmit: (progress: number) => void;
  onCancel: () => void;
};

/** Asks how far an action moved back from completed has got, since it is no longer at 100%. */
export function ReopenProgressForm({ onSubmit, onCancel }: ReopenProgressFormProps) {
  const { t } = useRegia();
  const [typed, setTyped] = useState<number | string>('');
  const [error, setError] = useState<string | null>(null);
  const submit = (): void => {
    const read = readProgress(typed);
    if ('problem' in read) setError(t(progressProblemKeys[read.problem]));
    else if (read.progress >= 100) setError(t('actions.progress.reopenedStillFull'));
    else onSubmit(read.progress);
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
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
          value={typed}
          error={error}
          onChange={setTyped}
        />
        <FormFooter submitLabel={t('common.save')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
