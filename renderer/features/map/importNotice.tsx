import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { notifySuccess, reportFailure } from '../../app/notify';
import type { Translate } from '../../app/RegiaContext';
import type { MapUndoOutcome } from './importUndo';

/** What the notice of an applied map import needs: its message, the file, and the undo. */
export type MapImportNoticeProps = {
  message: string;
  fileName: string;
  undo: () => Promise<MapUndoOutcome>;
};

/**
 * Says that a map import was applied, with a button that undoes it. It stays until closed, so
 * the person can look at the map first and still go back to the one they had.
 */
export function notifyMapImport(
  t: Translate,
  { message, fileName, undo }: MapImportNoticeProps,
): void {
  const id = notifications.show({
    color: 'teal',
    autoClose: false,
    closeButtonProps: { 'aria-label': t('common.close') },
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm" data-testid="map-import-applied">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          aria-label={t('map.import.undoLabel', { file: fileName })}
          onClick={() => {
            notifications.hide(id);
            void reportFailure(t, async () => {
              const outcome = await undo();
              notifySuccess(
                t,
                outcome.kept > 0
                  ? t('map.import.undoneKept', { count: outcome.undone, kept: outcome.kept })
                  : t('map.import.undone', { count: outcome.undone }),
              );
            });
          }}
        >
          {t('map.import.undo')}
        </Button>
      </Group>
    ),
  });
}
