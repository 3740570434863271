import { BarChart, LineChart } from '@mantine/charts';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatEuro, overspending, periodLabel } from '../../../../shared/projects';
import { useRegia } from '../../../app/RegiaContext';
import type { ProjectData } from '../useProjectData';
import { BudgetTable } from './BudgetTable';
import { CostItemsTable } from './CostItemsTable';
import { CostPlanSection } from './CostPlanSection';
import { ExpenseRegister } from './ExpenseRegister';
import { ExpenditureForm } from './ExpenditureForm';
import { OverspendingAlert } from './OverspendingAlert';
import type { ProjectFigures } from './useProjectFigures';

type BudgetSectionProps = {
  data: ProjectData;
  figures: ProjectFigures;
  names: ReadonlyMap<string, string>;
  today: string;
};

/** The budget of a project against spending: per partner, per source, over time. */
export function BudgetSection({ data, figures, names, today }: BudgetSectionProps) {
  const { t, locale } = useRegia();
  const { budget } = figures;
  const euro = (value: number): string => formatEuro(locale, value);
  const partnerName = (id: string | null): string =>
    id ? (names.get(id) ?? '') : t('projects.wholeProject');
  const partnersPlanned = budget.partnersPlannedCents;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="project-budget">
      <Title order={2} size="h4" id="project-budget" mb="xs">
        {t('projects.section.budget')}
      </Title>
      <Text mb="sm" data-testid="budget-total">
        {t('projects.budget.total', {
          planned: euro(budget.plannedCents / 100),
          spent: euro(budget.spentCents / 100),
          remainder: euro(budget.remainderCents / 100),
        })}
      </Text>
      <Stack>
        <OverspendingAlert rows={overspending(budget, figures.costItems)} names={names} />
        <ExpenditureForm data={data} names={names} today={today} />
        <CostItemsTable summary={figures.costItems} names={names} />
        <CostPlanSection project={data.project} names={names} />
        <BudgetTable
          caption={t('projects.budget.byPartner')}
          firstColumn={t('projects.field.partner')}
          testId="budget-partners"
          rows={budget.byPartner.map((row) => ({
            ...row,
            key: row.organizationId ?? 'none',
            label: partnerName(row.organizationId),
          }))}
          totals={{
            plannedCents: partnersPlanned,
            spentCents: budget.spentCents,
            remainderCents: partnersPlanned - budget.spentCents,
            spentShare: partnersPlanned > 0 ? budget.spentCents / partnersPlanned : null,
          }}
        />
        <BudgetTable
          caption={t('projects.budget.bySource')}
          firstColumn={t('projects.budget.source')}
          testId="budget-sources"
          rows={budget.bySource.map((row) => ({ ...row, key: row.name, label: row.name }))}
          totals={budget}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <figure style={{ margin: 0 }} aria-label={t('projects.budget.chart')}>
            <Text size="sm" fw={600} component="figcaption">
              {t('projects.budget.chart')}
            </Text>
            <BarChart
              h={240}
              data={budget.byPartner.map((row) => ({
                partner: partnerName(row.organizationId),
                planned: row.plannedCents / 100,
                spent: row.spentCents / 100,
              }))}
              dataKey="partner"
              valueFormatter={euro}
              series={[
                { name: 'planned', label: t('projects.budget.planned'), color: 'gray.6' },
                { name: 'spent', label: t('projects.budget.spent'), color: 'blue.7' },
              ]}
              withLegend
              data-testid="budget-chart"
            />
          </figure>
          <figure style={{ margin: 0 }} aria-label={t('projects.budget.timeline')}>
            <Text size="sm" fw={600} component="figcaption">
              {t('projects.budget.timeline')}
            </Text>
            <LineChart
              h={240}
              data={budget.byPeriod.map((row) => ({
                period: periodLabel(locale, row.period),
                spent: row.cumulativeSpentCents / 100,
              }))}
              dataKey="period"
              valueFormatter={euro}
              series={[{ name: 'spent', label: t('projects.budget.spent'), color: 'blue.7' }]}
              referenceLines={[
                {
                  y: budget.plannedCents / 100,
                  label: t('projects.budget.planned'),
                  color: 'red.7',
                },
              ]}
              yAxisProps={{ domain: [0, Math.max(budget.plannedCents, budget.spentCents) / 100] }}
            />
          </figure>
        </SimpleGrid>
        <ExpenseRegister data={data} names={names} today={today} />
      </Stack>
    </Paper>
  );
}
