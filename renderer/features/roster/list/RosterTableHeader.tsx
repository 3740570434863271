import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { RosterSort, RosterSortColumn } from '../../../../shared/roster';
import { useRegia } from '../../../app/RegiaContext';
import { rosterColumns, rosterGridColumns } from './rosterColumns';

type RosterTableHeaderProps = {
  /** The current order. */
  sort: RosterSort;
  /** Called with the column the user chose to sort by. */
  onSort: (column: RosterSortColumn) => void;
};

/** The header row: each column heading is a button that sorts by it. */
export function RosterTableHeader({ sort, onSort }: RosterTableHeaderProps) {
  const { t } = useRegia();
  return (
    <Table.Thead
      role="rowgroup"
      style={{
        display: 'grid',
        position: 'sticky',
        top: 0,
        zIndex: 1,
        background: 'var(--mantine-color-body)',
      }}
    >
      <Table.Tr
        role="row"
        aria-rowindex={1}
        style={{ display: 'grid', gridTemplateColumns: rosterGridColumns }}
      >
        {rosterColumns.map((column) => {
          const sorted = sort.column === column.id;
          const Icon = !sorted
            ? IconArrowsSort
            : sort.direction === 'ascending'
              ? IconArrowUp
              : IconArrowDown;
          return (
            <Table.Th
              key={column.id}
              role="columnheader"
              aria-sort={sorted ? sort.direction : undefined}
              ta={column.align}
            >
              <UnstyledButton
                onClick={() => onSort(column.id)}
                title={t('roster.sortBy', { column: t(column.labelKey) })}
                fw={700}
                fz="sm"
              >
                <Group
                  gap={4}
                  wrap="nowrap"
                  justify={column.align === 'right' ? 'flex-end' : undefined}
                >
                  {t(column.labelKey)}
                  <Icon size={14} aria-hidden />
                </Group>
              </UnstyledButton>
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );
}
