import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One column of a record table. */
export type RecordColumn<Row> = {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Figures and commands stand on the right. */
  align?: 'right';
  /** The column that names the row is bold. */
  strong?: boolean;
};

type RecordTableProps<Row> = {
  rows: readonly Row[];
  getKey: (row: Row) => string;
  columns: readonly RecordColumn<Row>[];
  /** The table's accessible name. */
  tableLabel: string;
  testId: string;
  /** What is shown in place of the table when there is no row. */
  emptyText: string;
  minWidth?: number;
  striped?: boolean;
};

/** Records as a table configured by its columns, or a line saying there is none. */
export function RecordTable<Row>(props: RecordTableProps<Row>) {
  const { rows, columns } = props;
  if (rows.length === 0) return <Text>{props.emptyText}</Text>;
  return (
    <Table.ScrollContainer minWidth={props.minWidth ?? 720}>
      <Table striped={props.striped} data-testid={props.testId} aria-label={props.tableLabel}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column, index) => (
              <Table.Th key={index} ta={column.align}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={props.getKey(row)}>
              {columns.map((column, index) => (
                <Table.Td key={index} ta={column.align} fw={column.strong ? 600 : undefined}>
                  {column.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
