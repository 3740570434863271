import { Checkbox, Table } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import type { ActionGrouping, ActionSort, NameLookup } from '../../../shared/actions';
import type { Action } from '../../../shared/domain';
import { useRegia } from '../../app/RegiaContext';
import { VirtualTable } from '../../ui';
import { ActionsTableLine, columnCount, rowHeight } from './ActionsTableLine';
import { SortHeader } from './SortHeader';
import { tableLinesOf } from './tableRows';

type ActionsTableProps = {
  /** The actions to show, already sorted. */
  actions: readonly Action[];
  grouping: ActionGrouping;
  names: NameLookup;
  sort: ActionSort;
  onSortChange: (sort: ActionSort) => void;
  today: string;
  /** The ids of the selected actions; no selection column without it. */
  selection?: ReadonlySet<string>;
  onSelectionChange?: (selection: Set<string>) => void;
  onOpen: (actionId: string) => void;
  /** The accessible name of the table. */
  label: string;
  testId?: string;
};

/** The action list as a kit virtual table of fixed-height rows: smooth with tens of thousands of actions. */
export function ActionsTable(props: ActionsTableProps) {
  const { actions, grouping, names, sort, onSortChange, selection, onSelectionChange } = props;
  const { t } = useRegia();
  const lines = useMemo(() => tableLinesOf(actions, grouping, names), [actions, grouping, names]);
  const selectable = selection !== undefined && onSelectionChange !== undefined;
  const allSelected = selectable && actions.length > 0 && selection.size === actions.length;
  // The same function until the selection changes, so the memoized rows are not drawn again.
  const toggle = useCallback(
    (id: string, checked: boolean): void => {
      if (selection === undefined || onSelectionChange === undefined) return;
      const next = new Set(selection);
      if (checked) next.add(id);
      else next.delete(id);
      onSelectionChange(next);
    },
    [selection, onSelectionChange],
  );
  const sortProps = { sort, onSortChange };
  return (
    <VirtualTable
      items={lines}
      getKey={(line) => line.key}
      fixedRowHeight={rowHeight}
      overscan={4}
      height="max(360px, calc(100dvh - 380px))"
      label={props.label}
      minWidth={820}
      testId={props.testId ?? 'actions-table'}
      striped
      highlightOnHover
      fixedLayout
      columnCount={columnCount}
      head={
        <Table.Tr aria-rowindex={1}>
          <Table.Th w={44}>
            {selectable && (
              <Checkbox
                aria-label={t('actions.table.selectAll', { count: actions.length })}
                checked={allSelected}
                indeterminate={selection.size > 0 && !allSelected}
                onChange={(event) =>
                  onSelectionChange(
                    event.currentTarget.checked
                      ? new Set(actions.map((action) => action.id))
                      : new Set(),
                  )
                }
              />
            )}
          </Table.Th>
          <SortHeader column="title" label={t('actions.field.title')} {...sortProps} />
          <SortHeader column="owner" label={t('actions.field.owner')} width="18%" {...sortProps} />
          <SortHeader
            column="dueDate"
            label={t('actions.field.dueDate')}
            width={172}
            {...sortProps}
          />
          <SortHeader
            column="status"
            label={t('actions.field.status')}
            width={142}
            {...sortProps}
          />
          <SortHeader
            column="priority"
            label={t('actions.field.priority')}
            width={82}
            {...sortProps}
          />
          <SortHeader column="progress" label={t('actions.progress')} width={112} {...sortProps} />
        </Table.Tr>
      }
      renderRow={(line, rowProps) => (
        <ActionsTableLine
          line={line}
          rowProps={rowProps}
          names={names}
          grouping={grouping}
          today={props.today}
          selected={selection?.has(line.key) ?? false}
          selectable={selectable}
          onToggle={toggle}
          onOpen={props.onOpen}
        />
      )}
    />
  );
}
