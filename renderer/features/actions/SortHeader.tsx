import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { ActionSort, ActionSortKey } from '../../../shared/actions';

type SortHeaderProps = {
  column: ActionSortKey;
  label: string;
  sort: ActionSort;
  onSortChange: (sort: ActionSort) => void;
  width?: number | string;
};

/** A column heading that sorts the table: first ascending, then descending. */
export function SortHeader({ column, label, sort, onSortChange, width }: SortHeaderProps) {
  const active = sort.key === column;
  const Icon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
  const next: ActionSort = {
    key: column,
    direction: active && sort.direction === 'asc' ? 'desc' : 'asc',
  };
  return (
    <Table.Th
      w={width}
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <UnstyledButton onClick={() => onSortChange(next)} fw={700} fz="sm">
        <Group gap={4} wrap="nowrap">
          {label}
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
