import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { notifySuccess, reportFailure } from '../../app/notify';
import type { Translate } from '../../app/RegiaContext';

/** How long an undoable change stays on screen with its "Annulla" button. */
const undoWindowMs = 10_000;

/** Shows that a change was made, with an "Annulla" button that undoes it while it shows. */
export function notifyUndoable(t: Translate, message: string, undo: () => Promise<void>): void {
  const id = notifications.show({
    color: 'teal',
    autoClose: undoWindowMs,
    closeButtonProps: { 'aria-label': t('common.close') },
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            void reportFailure(t, async () => {
              await undo();
              notifySuccess(t, t('actions.bulk.undone'));
            });
          }}
        >
          {t('actions.bulk.undo')}
        </Button>
      </Group>
    ),
  });
}
