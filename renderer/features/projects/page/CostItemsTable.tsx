import { Alert, Table } from '@mantine/core';
import {
  formatEuro,
  formatShare,
  type CostItemRow,
  type CostItemsSummary,
} from '../../../../shared/projects';
import { useRegia } from '../../../app/RegiaContext';
import { ScrollableTable } from '../../../ui';

type CostItemsTableProps = {
  summary: CostItemsSummary;
  names: ReadonlyMap<string, string>;
};

/** Each voce di spesa: planned, spent, residual and what each partner spent on it, with totals. */
export function CostItemsTable({ summary, names }: CostItemsTableProps) {
  const { t, locale } = useRegia();
  if (summary.rows.length === 0) return null;
  const euro = (cents: number): string => formatEuro(locale, cents / 100);
  const partnerName = (id: string | null): string =>
    id ? (names.get(id) ?? '') : t('projects.wholeProject');
  const cells = (row: Omit<CostItemRow, 'costItem'>) => (
    <>
      <Table.Td ta="right">{euro(row.plannedCents)}</Table.Td>
      <Table.Td ta="right">{euro(row.spentCents)}</Table.Td>
      <Table.Td
        ta="right"
        c={row.remainderCents < 0 ? 'red.8' : undefined}
        fw={row.remainderCents < 0 ? 700 : undefined}
      >
        {euro(row.remainderCents)}
      </Table.Td>
      <Table.Td ta="right">
        {row.spentShare === null ? '—' : formatShare(locale, row.spentShare)}
      </Table.Td>
      {row.byPartner.map((cents, index) => (
        <Table.Td key={summary.partnerIds[index] ?? 'none'} ta="right">
          {euro(cents)}
        </Table.Td>
      ))}
    </>
  );
  return (
    <>
      {summary.plannedMismatch && (
        <Alert color="orange" variant="outline" data-testid="cost-items-mismatch">
          {t('projects.costItemsMismatch', {
            costItems: euro(summary.plannedMismatch.costItemsCents),
            sources: euro(summary.plannedMismatch.fundingCents),
          })}
        </Alert>
      )}
      <ScrollableTable minWidth={720}>
        <Table
          withTableBorder
          aria-label={t('projects.costItems.table')}
          data-testid="budget-cost-items"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('projects.costItem.name')}</Table.Th>
              <Table.Th>{t('projects.costItem.category')}</Table.Th>
              <Table.Th ta="right">{t('projects.budget.planned')}</Table.Th>
              <Table.Th ta="right">{t('projects.budget.spent')}</Table.Th>
              <Table.Th ta="right">{t('projects.budget.remainder')}</Table.Th>
              <Table.Th ta="right">{t('projects.budget.spentShare')}</Table.Th>
              {summary.partnerIds.map((id) => (
                <Table.Th key={id ?? 'none'} ta="right">
                  {t('projects.costItems.spentBy', { partner: partnerName(id) })}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.rows.map((row) => (
              <Table.Tr key={row.costItem?.id ?? 'none'}>
                <Table.Td>{row.costItem?.name ?? t('projects.costItem.none')}</Table.Td>
                <Table.Td>
                  {row.costItem ? t(`projects.costCategory.${row.costItem.category}`) : ''}
                </Table.Td>
                {cells(row)}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th scope="row" colSpan={2}>
                {t('common.total')}
              </Table.Th>
              {cells(summary.totals)}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </ScrollableTable>
    </>
  );
}
