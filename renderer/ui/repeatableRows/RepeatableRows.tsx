import { ActionIcon, Box, Button, Group, Stack, Text } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';

/** One input of every row, laid out the same way in each. */
export type RepeatableColumn<Row> = {
  /** The input's label; the row's number is added to it (`Partner 2`). */
  label: string;
  /** How much of the row's width the input takes, relative to the others. */
  flex?: number;
  /** The input of one row, given the row, its index and its numbered label. */
  render: (row: Row, index: number, label: string) => ReactNode;
};

type RepeatableRowsProps<Row> = {
  /** The heading of the list, which also names its group for assistive technology. */
  title: string;
  rows: readonly Row[];
  /** A stable key of a row (its id), so inputs keep their state when a row above is removed. */
  rowKey: (row: Row, index: number) => string;
  columns: RepeatableColumn<Row>[];
  /** The add button's text. */
  addLabel: string;
  /** Adds an empty row at the end. */
  onAdd: () => void;
  /** The accessible name of a row's remove button (`Rimuovi Partner 2`), given its number. */
  removeLabel: (number: number) => string;
  /** Removes the row at this index. */
  onRemove: (index: number) => void;
  /** Shown under a row, across its whole width (a breakdown, a warning). */
  renderBelow?: (row: Row, index: number) => ReactNode;
};

const focusable = 'input:not([disabled]), textarea, button, [tabindex]:not([tabindex="-1"])';

/**
 * A list of rows that each hold the same inputs, with a button to add a row and one per row to
 * remove it. Focus follows the keyboard user: into the first input of an added row, and to the
 * add button after a row is removed.
 */
export function RepeatableRows<Row>({
  title,
  rows,
  rowKey,
  columns,
  addLabel,
  onAdd,
  removeLabel,
  onRemove,
  renderBelow,
}: RepeatableRowsProps<Row>) {
  const titleId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<'added' | 'removed' | null>(null);
  useEffect(() => {
    const pending = pendingFocus.current;
    pendingFocus.current = null;
    if (pending === 'added') {
      const added = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-row]') ?? [])].at(
        -1,
      );
      added?.querySelector<HTMLElement>(focusable)?.focus();
    } else if (pending === 'removed') {
      addRef.current?.focus();
    }
  }, [rows.length]);
  return (
    <Stack gap="xs" role="group" aria-labelledby={titleId}>
      <Text fw={600} id={titleId}>
        {title}
      </Text>
      <Stack gap="xs" ref={listRef}>
        {rows.map((row, index) => {
          const number = index + 1;
          return (
            <div key={rowKey(row, index)} data-row>
              <Group align="flex-end" wrap="nowrap">
                {columns.map((column) => (
                  <Box key={column.label} style={{ flex: column.flex ?? 1, minWidth: 0 }}>
                    {column.render(row, index, `${column.label} ${number}`)}
                  </Box>
                ))}
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mb={2}
                  aria-label={removeLabel(number)}
                  onClick={() => {
                    pendingFocus.current = 'removed';
                    onRemove(index);
                  }}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
              {renderBelow?.(row, index)}
            </div>
          );
        })}
      </Stack>
      <Group>
        <Button
          ref={addRef}
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => {
            pendingFocus.current = 'added';
            onAdd();
          }}
        >
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}
