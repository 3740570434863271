import { Box, Table } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Fragment, useRef, type ReactNode } from 'react';

/** What a virtual table gives each row it draws: spread it on the row's `Table.Tr`. */
export type VirtualRowProps = {
  ref: (row: HTMLTableRowElement | null) => void;
  'data-index': number;
  'aria-rowindex': number;
};

/** A plain column header of a virtual table. */
export type VirtualColumn = {
  header: ReactNode;
  align?: 'right';
};

/** The header row: plain column headers, or a row of its own with the number of its columns. */
type VirtualHead =
  | {
      /** The column headers, drawn as the header row. */
      headers: readonly VirtualColumn[];
      head?: never;
      columnCount?: never;
    }
  | {
      /** The header row, a `Table.Tr` of `Table.Th` with `aria-rowindex={1}`. */
      head: ReactNode;
      columnCount: number;
      headers?: never;
    };

/** How tall the rows are. */
type VirtualRowHeight =
  | {
      /** A first guess of a row's height; each drawn row is then measured. */
      estimatedRowHeight: number;
      fixedRowHeight?: never;
    }
  | {
      /**
       * Every row has this height and is never measured: positions follow the index, so a change
       * of a long list costs nothing per line. The rows set their own cell spacing.
       */
      fixedRowHeight: number;
      estimatedRowHeight?: never;
    };

/** How tall the table is: it grows up to `maxHeight`, or always takes `height`. */
type VirtualTableHeight =
  { maxHeight: string; height?: never } | { height: string; maxHeight?: never };

type VirtualTableProps<T> = VirtualHead &
  VirtualRowHeight &
  VirtualTableHeight & {
    /** Every line of the table; only those in view (and a few around) are drawn. */
    items: readonly T[];
    getKey: (item: T) => string;
    /** A caption shown above the table, naming it. */
    caption?: ReactNode;
    renderRow: (item: T, rowProps: VirtualRowProps) => ReactNode;
    /** The accessible name of the scrolling region. */
    label: string;
    minWidth: number;
    testId: string;
    striped?: boolean;
    highlightOnHover?: boolean;
    /** Columns keep the widths their headers give, whatever the rows hold. */
    fixedLayout?: boolean;
    /** Up to this many lines every line is drawn (a short table is then searched and counted whole). */
    drawAllUpTo?: number;
    /** How many lines beyond those in view are drawn on each side. */
    overscan?: number;
  };

const notMeasured = (): void => undefined;

/**
 * A table whose rows are drawn only when in view, so that a review of thousands of lines opens
 * at once. The scrolling region takes the keyboard focus (arrows scroll it) and Tab walks the
 * controls of the rows, each scrolled into view and its neighbours drawn as it gets focus. Home
 * and End go to the first and the last line.
 */
export function VirtualTable<T>(props: VirtualTableProps<T>) {
  const { items, getKey } = props;
  const fixed = props.fixedRowHeight !== undefined;
  const rowHeight = props.fixedRowHeight ?? props.estimatedRowHeight;
  const columnCount = props.headers?.length ?? props.columnCount ?? 1;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: items.length <= (props.drawAllUpTo ?? 0) ? items.length : (props.overscan ?? 8),
    // Measured rows keep their sizes by key as the list changes; fixed rows need no key, which
    // would otherwise be asked of every line on each change.
    getItemKey: fixed
      ? undefined
      : (index) => {
          const item = items[index];
          return item === undefined ? index : getKey(item);
        },
  });
  // Compensating a row measured above the fold sets the scroll position, which would stop a
  // scroll under way (the keyboard's End, a drag) short: while the user scrolls, it is not done.
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = (item, _delta, instance) =>
    !instance.isScrolling && item.start < (instance.scrollOffset ?? 0);
  const rows = virtualizer.getVirtualItems();
  const paddingTop = rows[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0);
  return (
    <Box
      ref={scrollRef}
      mah={props.maxHeight}
      h={props.height}
      style={{ overflow: 'auto' }}
      tabIndex={0}
      role="region"
      aria-label={props.label}
      onKeyDown={(event) => {
        // The browser's own End lands where the estimated rows end; rows measured on the way
        // make the table taller, so the virtualizer goes to the end and stays there until the
        // rows drawn there are measured.
        if (event.target !== event.currentTarget) return;
        if (event.key === 'End') virtualizer.scrollToEnd();
        else if (event.key === 'Home') virtualizer.scrollToOffset(0);
        else return;
        event.preventDefault();
      }}
    >
      <Table
        striped={props.striped}
        highlightOnHover={props.highlightOnHover}
        layout={props.fixedLayout ? 'fixed' : undefined}
        stickyHeader
        verticalSpacing={fixed ? undefined : 'xs'}
        miw={props.minWidth}
        data-testid={props.testId}
        aria-rowcount={items.length + 1}
        captionSide="top"
      >
        {props.caption !== undefined && (
          <Table.Caption
            style={{ textAlign: 'start', fontWeight: 600, color: 'var(--mantine-color-text)' }}
          >
            {props.caption}
          </Table.Caption>
        )}
        <Table.Thead>
          {props.headers ? (
            <Table.Tr aria-rowindex={1}>
              {props.headers.map((column, index) => (
                <Table.Th key={index} ta={column.align}>
                  {column.header}
                </Table.Th>
              ))}
            </Table.Tr>
          ) : (
            props.head
          )}
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && (
            <tr aria-hidden style={{ height: paddingTop }}>
              <td colSpan={columnCount} />
            </tr>
          )}
          {rows.map((row) => {
            const item = items[row.index];
            if (item === undefined) return null;
            return (
              <Fragment key={getKey(item)}>
                {props.renderRow(item, {
                  ref: fixed ? notMeasured : virtualizer.measureElement,
                  'data-index': row.index,
                  'aria-rowindex': row.index + 2,
                })}
              </Fragment>
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
