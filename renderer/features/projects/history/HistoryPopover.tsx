import { ActionIcon, List, Popover } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';

type HistoryPopoverProps = {
  /** The button's accessible name, naming the record. */
  label: string;
  /** One line per change, latest first. */
  lines: string[];
};

/** A small history button on a table row: its corrections, in a popover. */
export function HistoryPopover({ label, lines }: HistoryPopoverProps) {
  if (lines.length === 0) return null;
  return (
    <Popover position="bottom-end" withArrow shadow="md" width={360}>
      <Popover.Target>
        <ActionIcon variant="subtle" aria-label={label}>
          <IconHistory size={16} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <List size="sm" spacing={2} aria-label={label}>
          {lines.map((line, index) => (
            <List.Item key={index}>{line}</List.Item>
          ))}
        </List>
      </Popover.Dropdown>
    </Popover>
  );
}
