import { Table } from '@mantine/core';
import { useMemo } from 'react';
import type { Indicator, IndicatorValue } from '../../../../shared/domain';
import { formatNumber, summarizeBreakdowns } from '../../../../shared/projects';
import { breakdownCategoryLabel } from '../../../../shared/projects/report/breakdownSection';
import { useRegia } from '../../../app/RegiaContext';

type IndicatorBreakdownsProps = {
  indicator: Indicator;
  /** The project's values (any indicator's): the indicator's own are picked. */
  values: readonly IndicatorValue[];
};

/** An indicator's beneficiaries by each of its dimensions, the people not stated last. */
export function IndicatorBreakdowns({ indicator, values }: IndicatorBreakdownsProps) {
  const { t, locale } = useRegia();
  const rows = useMemo(() => summarizeBreakdowns(indicator, values), [indicator, values]);
  if (rows.length === 0) return null;
  return (
    <Table mt="sm" data-testid="indicator-breakdowns" aria-label={t('projects.breakdown.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('projects.breakdown.dimension')}</Table.Th>
          <Table.Th>{t('projects.breakdown.category')}</Table.Th>
          <Table.Th ta="right">{t('common.total')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={`${row.dimension}.${row.category}`}>
            <Table.Td>{t(`projects.breakdown.dimension.${row.dimension}`)}</Table.Td>
            <Table.Td>{breakdownCategoryLabel(t, row.dimension, row.category)}</Table.Td>
            <Table.Td ta="right">{formatNumber(locale, row.value)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
