import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

type ScrollableTableProps = {
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** The table. */
  children: ReactNode;
};

/**
 * A wide table's container that scrolls sideways and can be focused, so a keyboard user scrolls
 * it with the arrow keys (axe: scrollable-region-focusable).
 */
export function ScrollableTable({ minWidth, children }: ScrollableTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
      {children}
    </Table.ScrollContainer>
  );
}
