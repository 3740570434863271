import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useT } from '../../app/RegiaContext';

type DiscardChangesPromptProps = {
  /** Keeps the form open with its changes. */
  onKeepEditing: () => void;
  /** Throws the changes away and closes. */
  onDiscard: () => void;
};

/**
 * Asks "Scartare le modifiche?" inside the form's own modal, so the form stays mounted with
 * what was typed (a second modal from the modals manager would unmount it).
 */
export function DiscardChangesPrompt({ onKeepEditing, onDiscard }: DiscardChangesPromptProps) {
  const t = useT();
  const keepEditing = useRef<HTMLButtonElement>(null);
  useEffect(() => keepEditing.current?.focus(), []);
  return (
    <Alert
      color="orange"
      role="alertdialog"
      aria-labelledby="discard-changes-title"
      mb="md"
      data-testid="discard-changes"
    >
      <Text fw={600} id="discard-changes-title">
        {t('ui.discard.title')}
      </Text>
      <Text size="sm" mb="sm">
        {t('ui.discard.text')}
      </Text>
      <Group justify="flex-end">
        <Button ref={keepEditing} variant="default" onClick={onKeepEditing}>
          {t('ui.discard.keepEditing')}
        </Button>
        <Button color="red" onClick={onDiscard}>
          {t('ui.discard.confirm')}
        </Button>
      </Group>
    </Alert>
  );
}
