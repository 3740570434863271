import { LineChart } from '@mantine/charts';
import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import {
  cellKey,
  formatNumber,
  formatShare,
  periodLabel,
  type IndicatorSummary,
} from '../../../../shared/projects';
import type { IndicatorValue } from '../../../../shared/domain';
import { useRegia } from '../../../app/RegiaContext';
import { ValueHistory } from '../history/ValueHistory';
import type { Choice } from '../useProjectData';
import { IndicatorBreakdowns } from './IndicatorBreakdowns';
import { openIndicatorForm } from './IndicatorForm';

type IndicatorCardProps = {
  summary: IndicatorSummary;
  names: ReadonlyMap<string, string>;
  /** The project's partners, for the indicator form's per-partner targets. */
  partners?: readonly Choice[];
  /** The project's values, for the beneficiary breakdowns. */
  values: readonly IndicatorValue[];
};

/** One indicator: values by partner and period with totals and shares, and its chart. */
export function IndicatorCard({ summary, names, partners = [], values }: IndicatorCardProps) {
  const { t, locale } = useRegia();
  const { indicator } = summary;
  const periods = summary.byPeriod.map((row) => row.period);
  const number = (value: number): string => formatNumber(locale, value);
  const share = (value: number | null): string =>
    value === null ? '—' : formatShare(locale, value);
  const name = (id: string | null): string =>
    id ? (names.get(id) ?? '') : t('projects.wholeProject');
  const chartData = summary.byPeriod.map((row) => ({
    period: periodLabel(locale, row.period),
    cumulative: row.cumulative,
  }));
  return (
    <Paper withBorder p="sm" data-testid="indicator-card">
      <Group justify="space-between" wrap="nowrap">
        <Title order={3} size="h5">
          {indicator.name}
          {indicator.unit ? ` (${indicator.unit})` : ''} —{' '}
          {t(`projects.indicatorKind.${indicator.kind}`)}
        </Title>
        <Button
          size="compact-sm"
          variant="subtle"
          aria-label={t('projects.indicator.edit', { name: indicator.name })}
          onClick={() => openIndicatorForm(t, indicator.projectId, indicator, partners)}
        >
          {t('projects.indicator.editShort')}
        </Button>
      </Group>
      <Text size="sm" mb="xs" data-testid="indicator-summary">
        {t('projects.indicator.summary', {
          reached: number(summary.total),
          target: number(indicator.target),
          share: share(summary.shareOfTarget),
        })}
        {indicator.baseline !== 0 &&
          ` · ${t('projects.indicator.baseline')}: ${number(indicator.baseline)}`}
      </Text>
      <Table.ScrollContainer minWidth={500}>
        <Table
          withTableBorder
          aria-label={t('projects.indicator.table', { name: indicator.name })}
          data-testid="indicator-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('projects.field.partner')}</Table.Th>
              {periods.map((period) => (
                <Table.Th key={period} ta="right">
                  {periodLabel(locale, period)}
                </Table.Th>
              ))}
              <Table.Th ta="right">{t('common.total')}</Table.Th>
              <Table.Th ta="right">{t('projects.indicator.share')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.byPartner.map((row) => (
              <Table.Tr key={row.organizationId ?? 'project'}>
                <Table.Td>{name(row.organizationId)}</Table.Td>
                {periods.map((period) => {
                  const value = summary.cells.get(cellKey(row.organizationId, period));
                  return (
                    <Table.Td key={period} ta="right">
                      {value === undefined ? '' : number(value)}
                    </Table.Td>
                  );
                })}
                <Table.Td ta="right">{number(row.total)}</Table.Td>
                <Table.Td ta="right">{share(row.shareOfTarget)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th scope="row">{t('common.total')}</Table.Th>
              {summary.byPeriod.map((row) => (
                <Table.Td key={row.period} ta="right">
                  {number(row.total)}
                </Table.Td>
              ))}
              <Table.Td ta="right" data-testid="indicator-total">
                {number(summary.total)}
              </Table.Td>
              <Table.Td ta="right">{share(summary.shareOfTarget)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <ValueHistory indicator={indicator} values={values} names={names} />
      {chartData.length > 0 && (
        <figure
          style={{ margin: 0 }}
          aria-label={t('projects.indicator.chart', { name: indicator.name })}
        >
          <LineChart
            h={220}
            mt="sm"
            data={chartData}
            dataKey="period"
            series={[
              { name: 'cumulative', label: t('projects.indicator.cumulative'), color: 'blue.7' },
            ]}
            referenceLines={[
              { y: indicator.target, label: t('projects.indicator.target'), color: 'red.7' },
            ]}
            yAxisProps={{ domain: [0, Math.max(indicator.target, summary.total)] }}
            withLegend
            data-testid="indicator-chart"
          />
        </figure>
      )}
      <IndicatorBreakdowns indicator={indicator} values={values} />
    </Paper>
  );
}
