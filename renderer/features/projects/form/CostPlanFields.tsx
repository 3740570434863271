import { Alert, List, Stack, Table, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { Project } from '../../../../shared/domain';
import {
  formatEuro,
  planGapMessage,
  reconcileCostPlan,
  sumCents,
} from '../../../../shared/projects';
import { useRegia } from '../../../app/RegiaContext';
import { MoneyInput, ScrollableTable } from '../../../ui';
import type { Choice } from '../useProjectData';
import { amountOf, projectFieldsOf, type ProjectFormValues } from './projectFormValues';

type CostPlanFieldsProps = {
  form: UseFormReturnType<ProjectFormValues>;
  organizations: Choice[];
};

type Cell = ProjectFormValues['costPlan'][number];

/**
 * Each voce di spesa split per partner (rows) and funding source (columns), with the places where
 * the voci, partners and sources do not add up to the project's total.
 */
export function CostPlanFields({ form, organizations }: CostPlanFieldsProps) {
  const { t, locale } = useRegia();
  const euro = (cents: number): string => formatEuro(locale, cents / 100);
  const { costItems, costPlan } = form.values;
  const partners = form.values.partners.flatMap((partner) =>
    partner.organizationId ? [partner.organizationId] : [],
  );
  const sources = form.values.fundingSources.flatMap((source) =>
    source.name.trim() === '' ? [] : [source.name.trim()],
  );
  const partnerName = (id: string): string =>
    organizations.find((choice) => choice.value === id)?.label ?? '';
  const title = (
    <Text fw={600} id="cost-plan-title">
      {t('projects.plan.formTitle')}
    </Text>
  );
  if (costItems.length === 0 || partners.length === 0 || sources.length === 0) {
    return (
      <Stack gap={4}>
        {title}
        <Text size="sm" c="dimmed">
          {t('projects.plan.needsRows')}
        </Text>
      </Stack>
    );
  }
  const indexOf = (costItemId: string, organizationId: string, source: string): number =>
    costPlan.findIndex(
      (cell) =>
        cell.costItemId === costItemId &&
        cell.organizationId === organizationId &&
        cell.fundingSourceName === source,
    );
  const setCell = (cell: Cell): void => {
    const index = indexOf(cell.costItemId, cell.organizationId, cell.fundingSourceName);
    if (index === -1) form.insertListItem('costPlan', cell);
    else form.setFieldValue(`costPlan.${index}.amount`, cell.amount);
  };
  const cellAmount = (
    costItemId: string,
    organizationId: string,
    source: string,
  ): number | string => costPlan[indexOf(costItemId, organizationId, source)]?.amount ?? '';
  const draft: Project = {
    ...projectFieldsOf(form.values),
    id: '',
    networkId: '',
    goodPractice: null,
    createdAt: '',
    updatedAt: '',
    rev: 0,
    archivedAt: null,
  };
  const summary = reconcileCostPlan(draft);
  // The totals against the voci and the shares have their own warnings above.
  const gaps = summary.gaps.filter(
    (gap) => gap.kind !== 'costItemsTotal' && gap.kind !== 'partnersTotal',
  );
  return (
    <Stack gap="xs" role="group" aria-labelledby="cost-plan-title">
      {title}
      <Text size="sm" c="dimmed">
        {t('projects.plan.formHint')}
      </Text>
      {costItems.map((item, itemIndex) => {
        const itemName =
          item.name.trim() || t('projects.costItemNumber', { number: itemIndex + 1 });
        const allocatedCents = sumCents(
          costPlan
            .filter(
              (cell) =>
                cell.costItemId === item.id &&
                partners.includes(cell.organizationId) &&
                sources.includes(cell.fundingSourceName),
            )
            .map((cell) => amountOf(cell.amount)),
        );
        return (
          <ScrollableTable key={item.id} minWidth={200 + 180 * sources.length}>
            <Table aria-label={t('projects.plan.itemTable', { costItem: itemName })}>
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
                {itemName}:{' '}
                {t('projects.plan.costItemPlanned', {
                  planned: euro(sumCents([amountOf(item.planned)])),
                  allocated: euro(allocatedCents),
                })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('projects.field.partner')}</Table.Th>
                  {sources.map((source) => (
                    <Table.Th key={source}>{source}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {partners.map((organizationId) => (
                  <Table.Tr key={organizationId}>
                    <Table.Th scope="row" fw={400}>
                      {partnerName(organizationId)}
                    </Table.Th>
                    {sources.map((source) => (
                      <Table.Td key={source}>
                        <MoneyInput
                          aria-label={t('projects.plan.cell', {
                            costItem: itemName,
                            partner: partnerName(organizationId),
                            source,
                          })}
                          value={cellAmount(item.id, organizationId, source)}
                          onChange={(value) =>
                            setCell({
                              costItemId: item.id,
                              organizationId,
                              fundingSourceName: source,
                              amount: value,
                            })
                          }
                        />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollableTable>
        );
      })}
      {summary.brokenDown && gaps.length > 0 && (
        <Alert color="orange" variant="outline" title={t('projects.plan.gapsTitle')}>
          <List size="sm">
            {gaps.map((gap) => (
              <List.Item key={`${gap.kind}-${gap.key ?? ''}`}>
                {planGapMessage(t, locale, draft, partnerName, gap)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
