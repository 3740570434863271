import { Table } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { RosterRow, RosterSort, RosterSortColumn } from '../../../../shared/roster';
import { useRegia } from '../../../app/RegiaContext';
import { rosterRowHeight } from './rosterColumns';
import { RosterTableHeader } from './RosterTableHeader';
import { RosterTableRow } from './RosterTableRow';

type RosterTableProps = {
  /** The rows to show, already filtered and sorted. */
  rows: RosterRow[];
  sort: RosterSort;
  onSort: (column: RosterSortColumn) => void;
  /** Opens an organization's page. */
  onOpen: (organizationId: string) => void;
  /** Whether the contacts are counted yet: until then their column stays empty. */
  contactsCounted: boolean;
};

/**
 * The roster as a real table whose body renders only the rows in view: thousands of
 * organizations scroll smoothly, and screen readers still hear the table's size (aria-rowcount)
 * and each row's place in it (aria-rowindex).
 */
export function RosterTable({ rows, sort, onSort, onOpen, contactsCounted }: RosterTableProps) {
  const { t } = useRegia();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rosterRowHeight,
    // Enough rows beyond the view that a page of results is in the document at once.
    overscan: 25,
    getItemKey: (index) => rows[index]?.organization.id ?? index,
  });

  return (
    <div
      ref={scrollRef}
      style={{ height: 'calc(100dvh - 340px)', minHeight: 360, overflow: 'auto' }}
      data-testid="roster-scroll"
    >
      <Table
        role="table"
        highlightOnHover
        data-testid="roster-table"
        aria-label={t('roster.tableLabel')}
        aria-rowcount={rows.length + 1}
        style={{ display: 'grid', minWidth: 960 }}
      >
        <RosterTableHeader sort={sort} onSort={onSort} />
        <Table.Tbody
          role="rowgroup"
          style={{ display: 'grid', position: 'relative', height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return row ? (
              <RosterTableRow
                key={item.key}
                row={row}
                index={item.index}
                start={item.start}
                onOpen={onOpen}
                contactsCounted={contactsCounted}
              />
            ) : null;
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
