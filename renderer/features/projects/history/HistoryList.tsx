import { Button, List } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useId, useState } from 'react';

type HistoryListProps = {
  /** The toggle's text, naming how many lines there are. */
  toggle: string;
  /** The list's accessible name. */
  label: string;
  /** One line per change, latest first. */
  lines: string[];
  testId?: string;
};

/** A history folded under a small toggle: what values were before they were corrected. */
export function HistoryList({ toggle, label, lines, testId }: HistoryListProps) {
  const [opened, setOpened] = useState(false);
  const listId = useId();
  if (lines.length === 0) return null;
  return (
    <div>
      <Button
        size="compact-sm"
        variant="subtle"
        mt="xs"
        leftSection={<IconHistory size={16} />}
        aria-expanded={opened}
        aria-controls={listId}
        onClick={() => setOpened((open) => !open)}
      >
        {toggle}
      </Button>
      {opened && (
        <List id={listId} size="sm" spacing={2} mt={4} aria-label={label} data-testid={testId}>
          {lines.map((line, index) => (
            <List.Item key={index}>{line}</List.Item>
          ))}
        </List>
      )}
    </div>
  );
}
