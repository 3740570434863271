import { Table } from '@mantine/core';

/** One line of a figure table: what is counted, and its figure as shown. */
export type Figure = readonly [name: string, value: string | number];

type FigureTableProps = {
  figures: readonly Figure[];
  /** Figures in bold, where they are what the reader came for (an import's counts). */
  strong?: boolean;
  fz?: 'sm';
  testId?: string;
};

/** A borderless two-column table of named figures: each name a row header, its figure at the right. */
export function FigureTable({ figures, strong = false, fz, testId }: FigureTableProps) {
  return (
    <Table withRowBorders={false} verticalSpacing={2} fz={fz} data-testid={testId}>
      <Table.Tbody>
        {figures.map(([name, value]) => (
          <Table.Tr key={name}>
            <Table.Th fw={400} scope="row">
              {name}
            </Table.Th>
            <Table.Td ta="right" fw={strong ? 700 : undefined}>
              {value}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
