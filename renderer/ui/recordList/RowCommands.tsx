import { Group } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconPencil } from '@tabler/icons-react';
import { IconButton } from '../buttons/IconButton';

type RowCommandsProps =
  | {
      /** Whether the row's record is archived: it can then only be restored. */
      archived: boolean;
      /** The accessible names of the three commands, naming the record. */
      labels: { edit: string; archive: string; restore: string };
      onEdit: () => void;
      onArchive: () => void;
      onRestore: () => void;
    }
  | {
      /** A list that shows only live records: they are edited or archived, never restored here. */
      archived: false;
      labels: { edit: string; archive: string };
      onEdit: () => void;
      onArchive: () => void;
    };

/** Edit and archive (or restore) buttons for one row of a table. */
export function RowCommands(props: RowCommandsProps) {
  const { labels } = props;
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      {props.archived && 'onRestore' in props ? (
        <IconButton label={props.labels.restore} onClick={props.onRestore}>
          <IconArrowBackUp size={18} />
        </IconButton>
      ) : (
        <>
          <IconButton label={labels.edit} onClick={props.onEdit}>
            <IconPencil size={18} />
          </IconButton>
          <IconButton label={labels.archive} color="red" onClick={props.onArchive}>
            <IconArchive size={18} />
          </IconButton>
        </>
      )}
    </Group>
  );
}
