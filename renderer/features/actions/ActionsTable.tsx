import { Box, Checkbox, Table } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef } from 'react';
import type { ActionGrouping, ActionSort, NameLookup } from '../../../shared/actions';
import type { Action } from '../../../shared/domain';
import { useRegia } from '../../app/RegiaContext';
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

/** The action list as a table whose rows are virtualized: smooth with tens of thousands of actions. */
export function ActionsTable(props: ActionsTableProps) {
  const { actions, grouping, names, sort, onSortChange, selection, onSelectionChange } = props;
  const { t } = useRegia();
  const scrollRef = useRef<HTMLDivElement>(null);
  const lines = useMemo(() => tableLinesOf(actions, grouping, names), [actions, grouping, names]);
  // Rows have a fixed height and are never measured, so the virtualizer keys its positions by
  // index (its default): a key function would be called for every line on each change.
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 4,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
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
    <Box
      ref={scrollRef}
      h="max(360px, calc(100dvh - 380px))"
      style={{ overflow: 'auto' }}
      tabIndex={0}
      role="region"
      aria-label={props.label}
    >
      <Table
        striped
        highlightOnHover
        stickyHeader
        layout="fixed"
        miw={820}
        data-testid={props.testId ?? 'actions-table'}
        aria-rowcount={lines.length + 1}
      >
        <Table.Thead>
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
            <SortHeader
              column="owner"
              label={t('actions.field.owner')}
              width="18%"
              {...sortProps}
            />
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
            <SortHeader
              column="progress"
              label={t('actions.progress')}
              width={112}
              {...sortProps}
            />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && (
            <tr aria-hidden style={{ height: paddingTop }}>
              <td colSpan={columnCount} />
            </tr>
          )}
          {items.map((item) => {
            const line = lines[item.index];
            if (!line) return null;
            return (
              <ActionsTableLine
                key={line.key}
                line={line}
                index={item.index}
                names={names}
                grouping={grouping}
                today={props.today}
                selected={selection?.has(line.key) ?? false}
                selectable={selectable}
                onToggle={toggle}
                onOpen={props.onOpen}
              />
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden style={{ height: paddingBottom }}>
              <td colSpan={columnCount} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
