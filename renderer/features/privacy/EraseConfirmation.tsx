import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useRegia } from '../../app/RegiaContext';

type EraseConfirmationProps = {
  /** Erases the person; called once the confirmation word is typed. */
  onConfirm: () => Promise<void>;
  /** Closes the dialog without erasing. */
  onCancel: () => void;
};

/** The body of the erasure dialog: what will happen, and the word to type to confirm it. */
export function EraseConfirmation({ onConfirm, onCancel }: EraseConfirmationProps) {
  const { t } = useRegia();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const confirmed = typed.trim() === t('privacy.eraseConfirmWord');
  return (
    <Stack>
      <Text>{t('privacy.eraseBody')}</Text>
      <TextInput
        label={t('privacy.eraseConfirmLabel')}
        value={typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
        autoComplete="off"
        data-autofocus
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button
          color="red"
          disabled={!confirmed}
          loading={busy}
          onClick={() => {
            setBusy(true);
            void onConfirm().finally(() => setBusy(false));
          }}
        >
          {t('privacy.eraseConfirm')}
        </Button>
      </Group>
    </Stack>
  );
}
