import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconPencil } from '@tabler/icons-react';

type RowCommandsProps = {
  /** Whether the row's record is archived: it can then only be restored. */
  archived: boolean;
  /** The accessible names of the three commands, naming the record. */
  labels: { edit: string; archive: string; restore: string };
  onEdit: () => void;
  onArchive: () => void;
  onRestore: () => void;
};

/** Edit and archive (or restore) buttons for one row of a table. */
export function RowCommands({ archived, labels, onEdit, onArchive, onRestore }: RowCommandsProps) {
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      {archived ? (
        <Tooltip label={labels.restore}>
          <ActionIcon variant="subtle" aria-label={labels.restore} onClick={onRestore}>
            <IconArrowBackUp size={18} />
          </ActionIcon>
        </Tooltip>
      ) : (
        <>
          <Tooltip label={labels.edit}>
            <ActionIcon variant="subtle" aria-label={labels.edit} onClick={onEdit}>
              <IconPencil size={18} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={labels.archive}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={labels.archive}
              onClick={onArchive}
            >
              <IconArchive size={18} />
            </ActionIcon>
          </Tooltip>
        </>
      )}
    </Group>
  );
}
