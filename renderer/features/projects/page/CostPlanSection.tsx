import { Alert, List, Stack, Table, Text, Title } from '@mantine/core';
import type { Project } from '../../../../shared/domain';
import {
  formatEuro,
  planGapMessage,
  reconcileCostPlan,
  type CostPlanRow,
} from '../../../../shared/projects';
import { useRegia } from '../../../app/RegiaContext';
import { ScrollableTable } from '../../../ui';
import { CofinancingTable } from './CofinancingTable';

type CostPlanSectionProps = {
  project: Project;
  names: ReadonlyMap<string, string>;
};

/**
 * The plan of each voce di spesa per partner and per source, reconciled to the project total (or
 * the list of what does not add up), and the co-financing each partner owes.
 */
export function CostPlanSection({ project, names }: CostPlanSectionProps) {
  const { t, locale } = useRegia();
  if (project.costItems.length === 0) return null;
  const summary = reconcileCostPlan(project);
  const euro = (cents: number): string => formatEuro(locale, cents / 100);
  const partnerName = (id: string): string => names.get(id) ?? '';
  const cells = (row: Omit<CostPlanRow, 'costItem'>) => (
    <>
      <Table.Td ta="right">{euro(row.plannedCents)}</Table.Td>
      {row.byPartner.map((cents, index) => (
        <Table.Td key={`partner-${summary.partnerIds[index] ?? index}`} ta="right">
          {euro(cents)}
        </Table.Td>
      ))}
      {row.bySource.map((cents, index) => (
        <Table.Td key={`source-${summary.sourceNames[index] ?? index}`} ta="right">
          {euro(cents)}
        </Table.Td>
      ))}
      <Table.Td ta="right">{euro(row.allocatedCents)}</Table.Td>
    </>
  );
  return (
    <Stack gap="xs" component="section" aria-labelledby="cost-plan">
      <Title order={3} size="h5" id="cost-plan">
        {t('projects.plan.title')}
      </Title>
      {summary.gaps.length > 0 ? (
        <Alert
          color="orange"
          variant="outline"
          title={t('projects.plan.gapsTitle')}
          data-testid="cost-plan-gaps"
        >
          <List size="sm">
            {summary.gaps.map((gap) => (
              <List.Item key={`${gap.kind}-${gap.key ?? ''}`}>
                {planGapMessage(t, locale, project, partnerName, gap)}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        summary.brokenDown && (
          <Text size="sm" c="green.9" data-testid="cost-plan-reconciled">
            {t('projects.plan.reconciled', { total: euro(summary.totalCents) })}
          </Text>
        )
      )}
      {summary.brokenDown ? (
        <ScrollableTable
          minWidth={360 + 140 * (summary.partnerIds.length + summary.sourceNames.length)}
        >
          <Table withTableBorder aria-label={t('projects.plan.title')} data-testid="cost-plan">
            <Table.Thead>
              <Table.Tr>
                <Table.Th rowSpan={2}>{t('projects.costItem.name')}</Table.Th>
                <Table.Th rowSpan={2} ta="right">
                  {t('projects.budget.planned')}
                </Table.Th>
                <Table.Th colSpan={summary.partnerIds.length} ta="center">
                  {t('projects.plan.byPartner')}
                </Table.Th>
                <Table.Th colSpan={summary.sourceNames.length} ta="center">
                  {t('projects.plan.bySource')}
                </Table.Th>
                <Table.Th rowSpan={2} ta="right">
                  {t('projects.plan.allocated')}
                </Table.Th>
              </Table.Tr>
              <Table.Tr>
                {summary.partnerIds.map((id) => (
                  <Table.Th key={`partner-${id}`} ta="right">
                    {partnerName(id)}
                  </Table.Th>
                ))}
                {summary.sourceNames.map((name) => (
                  <Table.Th key={`source-${name}`} ta="right">
                    {name}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.rows.map((row) => (
                <Table.Tr key={row.costItem.id}>
                  <Table.Td>{row.costItem.name}</Table.Td>
                  {cells(row)}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={700}>
                <Table.Th scope="row">{t('common.total')}</Table.Th>
                {cells(summary.totals)}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </ScrollableTable>
      ) : (
        <Text size="sm" c="dimmed">
          {t('projects.plan.notBrokenDown')}
        </Text>
      )}
      <CofinancingTable project={project} names={names} />
    </Stack>
  );
}
