import { Table } from '@mantine/core';
import { formatEuro, formatShare, type BudgetLine } from '../../../../shared/projects';
import { useRegia } from '../../../app/RegiaContext';
import { ScrollableTable } from '../../../ui';

type BudgetTableProps = {
  /** The accessible name of the table. */
  caption: string;
  /** The heading of the first column. */
  firstColumn: string;
  rows: (BudgetLine & { key: string; label: string })[];
  totals: BudgetLine;
  testId: string;
};

/** Planned, spent and remaining money per row, with a totals row. */
export function BudgetTable({ caption, firstColumn, rows, totals, testId }: BudgetTableProps) {
  const { t, locale } = useRegia();
  const cells = (line: BudgetLine) => (
    <>
      <Table.Td ta="right">{formatEuro(locale, line.plannedCents / 100)}</Table.Td>
      <Table.Td ta="right">{formatEuro(locale, line.spentCents / 100)}</Table.Td>
      <Table.Td
        ta="right"
        c={line.remainderCents < 0 ? 'red.8' : undefined}
        fw={line.remainderCents < 0 ? 700 : undefined}
      >
        {formatEuro(locale, line.remainderCents / 100)}
      </Table.Td>
      <Table.Td ta="right">
        {line.spentShare === null ? '—' : formatShare(locale, line.spentShare)}
      </Table.Td>
    </>
  );
  return (
    <ScrollableTable minWidth={560}>
      <Table withTableBorder aria-label={caption} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{firstColumn}</Table.Th>
            <Table.Th ta="right">{t('projects.budget.planned')}</Table.Th>
            <Table.Th ta="right">{t('projects.budget.spent')}</Table.Th>
            <Table.Th ta="right">{t('projects.budget.remainder')}</Table.Th>
            <Table.Th ta="right">{t('projects.budget.spentShare')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Td>{row.label}</Table.Td>
              {cells(row)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th scope="row">{t('common.total')}</Table.Th>
            {cells(totals)}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollableTable>
  );
}
