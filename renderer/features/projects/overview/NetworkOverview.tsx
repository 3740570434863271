import { BarChart } from '@mantine/charts';
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'wouter';
import { formatEuro, formatShare, portfolioFigures } from '../../../../shared/projects';
import { todayIsoDate } from '../../../app/formatting';
import { useRegia } from '../../../app/RegiaContext';
import { projectPath } from '../projectPath';
import { StateBadge } from '../StateBadge';
import type { NetworkProjects } from '../useProjectData';
import { networkFigures } from './networkFigures';

/** Every project of the network side by side: budget, spending, results and warnings. */
export function NetworkOverview({ data }: { data: NetworkProjects }) {
  const { t, locale } = useRegia();
  const rows = useMemo(() => networkFigures(data, todayIsoDate()), [data]);
  const euro = (value: number): string => formatEuro(locale, value);
  const totals = useMemo(() => portfolioFigures(data.projects, data.expenditures), [data]);
  if (rows.length === 0) return <Text>{t('projects.empty')}</Text>;
  return (
    <Stack>
      <Text data-testid="network-total">
        {t('projects.overview.total', {
          planned: euro(totals.plannedCents / 100),
          spent: euro(totals.spentCents / 100),
        })}
      </Text>
      {totals.unfundedCount > 0 && (
        <Text size="sm" c="dimmed" data-testid="network-total-excluded">
          {t('projects.overview.excluded', { count: totals.unfundedCount })}
        </Text>
      )}
      <Table.ScrollContainer minWidth={760}>
        <Table striped aria-label={t('projects.overview.table')} data-testid="projects-overview">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('projects.field.title')}</Table.Th>
              <Table.Th>{t('projects.field.state')}</Table.Th>
              <Table.Th ta="right">{t('projects.budget.planned')}</Table.Th>
              <Table.Th ta="right">{t('projects.budget.spent')}</Table.Th>
              <Table.Th ta="right">{t('projects.budget.spentShare')}</Table.Th>
              <Table.Th ta="right">{t('projects.overview.indicators')}</Table.Th>
              <Table.Th ta="right">{t('projects.overview.warnings')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ project, budget, averageShare, warnings }) => (
              <Table.Tr key={project.id}>
                <Table.Td>
                  <Anchor component={Link} href={projectPath(project.id)}>
                    {project.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <StateBadge state={project.state} />
                </Table.Td>
                <Table.Td ta="right">{euro(budget.plannedCents / 100)}</Table.Td>
                <Table.Td ta="right">{euro(budget.spentCents / 100)}</Table.Td>
                <Table.Td ta="right">
                  {budget.spentShare === null ? '—' : formatShare(locale, budget.spentShare)}
                </Table.Td>
                <Table.Td ta="right">
                  {averageShare === null ? '—' : formatShare(locale, averageShare)}
                </Table.Td>
                <Table.Td ta="right">{warnings}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <figure style={{ margin: 0 }} aria-label={t('projects.overview.chart')}>
        <Text size="sm" fw={600} component="figcaption">
          {t('projects.overview.chart')}
        </Text>
        <BarChart
          h={280}
          data={rows.map(({ project, budget }) => ({
            project: project.code || project.title.slice(0, 24),
            planned: budget.plannedCents / 100,
            spent: budget.spentCents / 100,
          }))}
          dataKey="project"
          valueFormatter={euro}
          series={[
            { name: 'planned', label: t('projects.budget.planned'), color: 'gray.6' },
            { name: 'spent', label: t('projects.budget.spent'), color: 'blue.7' },
          ]}
          withLegend
        />
      </figure>
    </Stack>
  );
}
