import { Badge, Group, Stack, Switch } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { notifySuccess, reportFailure } from '../../app/notify';
import { useT } from '../../app/RegiaContext';
import { RecordTable, type RecordColumn } from './RecordTable';
import { RowCommands } from './RowCommands';

/** A record a list shows: it can be archived and restored. */
export type ListedRecord = { id: string; archivedAt: string | null };

/** What the rows' commands say and do. */
export type RecordCommands<Row> = {
  /** The accessible names of edit, archive and restore for one row. */
  labels: (row: Row) => { edit: string; archive: string; restore: string };
  edit: (row: Row) => void;
  archive: (row: Row) => Promise<unknown>;
  restore: (row: Row) => Promise<unknown>;
  /** The notification after an archive or a restore. */
  archivedMessage: (row: Row) => string;
  restoredMessage: (row: Row) => string;
};

type RecordListPanelProps<Row extends ListedRecord> = {
  rows: readonly Row[];
  /** The first column, bold, with the archived badge. */
  nameColumn: RecordColumn<Row>;
  columns: readonly RecordColumn<Row>[];
  commands: RecordCommands<Row>;
  /** The table's accessible name. */
  tableLabel: string;
  testId: string;
  emptyText: string;
  /** The header of the commands column. */
  commandsHeader: string;
  /** The create button, at the end of the toolbar. */
  createButton?: ReactNode;
  /**
   * With a toggle, archived rows are hidden until it is on; without one, they are all shown,
   * after the others.
   */
  showArchivedLabel?: string;
  /** The archived row's badge text. */
  archivedBadge?: string;
  minWidth?: number;
};

/**
 * A list of records in a table: a name column with the archived badge, the given columns, and
 * edit / archive / restore commands on each row that tell the user what they did.
 */
export function RecordListPanel<Row extends ListedRecord>(props: RecordListPanelProps<Row>) {
  const { rows, nameColumn, columns, commands, showArchivedLabel } = props;
  const t = useT();
  const [showArchived, setShowArchived] = useState(false);
  const visible = rows
    .filter((row) => !showArchivedLabel || showArchived || !row.archivedAt)
    .toSorted((a, b) => Number(a.archivedAt !== null) - Number(b.archivedAt !== null));
  const change = (operation: 'archive' | 'restore', row: Row): void =>
    void reportFailure(t, async () => {
      await commands[operation](row);
      notifySuccess(
        t,
        operation === 'archive' ? commands.archivedMessage(row) : commands.restoredMessage(row),
      );
    });
  return (
    <Stack>
      <Group justify={showArchivedLabel ? 'space-between' : 'flex-end'}>
        {showArchivedLabel && (
          <Switch
            label={showArchivedLabel}
            checked={showArchived}
            onChange={(event) => setShowArchived(event.currentTarget.checked)}
          />
        )}
        {props.createButton}
      </Group>
      <RecordTable
        rows={visible}
        getKey={(row) => row.id}
        columns={[
          {
            header: nameColumn.header,
            strong: true,
            cell: (row) => (
              <>
                {nameColumn.cell(row)}
                {row.archivedAt && (
                  <Badge variant="outline" color="gray" size="sm" ml="xs">
                    {props.archivedBadge ?? t('ui.list.archived')}
                  </Badge>
                )}
              </>
            ),
          },
          ...columns,
          {
            header: props.commandsHeader,
            align: 'right',
            cell: (row) => (
              <RowCommands
                archived={row.archivedAt !== null}
                labels={commands.labels(row)}
                onEdit={() => commands.edit(row)}
                onArchive={() => change('archive', row)}
                onRestore={() => change('restore', row)}
              />
            ),
          },
        ]}
        tableLabel={props.tableLabel}
        testId={props.testId}
        emptyText={props.emptyText}
        minWidth={props.minWidth}
      />
    </Stack>
  );
}
