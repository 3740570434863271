import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import type { Project } from '../../../../shared/domain';
import { cofinancingByPartner, formatEuro, formatShare } from '../../../../shared/projects';
import { useRegia } from '../../../app/RegiaContext';
import { ScrollableTable } from '../../../ui';

type CofinancingTableProps = {
  project: Project;
  names: ReadonlyMap<string, string>;
};

/** The co-financing each partner owes, its share of the partner's quota and of all co-financing. */
export function CofinancingTable({ project, names }: CofinancingTableProps) {
  const { t, locale } = useRegia();
  const summary = cofinancingByPartner(project);
  const euro = (cents: number): string => formatEuro(locale, cents / 100);
  const share = (value: number | null): string =>
    value === null ? '—' : formatShare(locale, value);
  const quotaCents = summary.rows.reduce((sum, row) => sum + row.quotaCents, 0);
  return (
    <Stack gap="xs" component="section" aria-labelledby="cofinancing">
      <Title order={4} size="h6" id="cofinancing">
        {t('projects.cofinancing.title')}
      </Title>
      {project.cofinancingSources.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('projects.cofinancing.none')}
        </Text>
      ) : (
        <>
          {summary.owedCents !== summary.sourcesCents && (
            <Alert color="orange" variant="outline" data-testid="cofinancing-mismatch">
              {t('projects.cofinancing.mismatch', {
                owed: euro(summary.owedCents),
                sources: euro(summary.sourcesCents),
              })}
            </Alert>
          )}
          <ScrollableTable minWidth={640}>
            <Table
              withTableBorder
              aria-label={t('projects.cofinancing.title')}
              data-testid="cofinancing"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('projects.field.partner')}</Table.Th>
                  <Table.Th ta="right">{t('projects.cofinancing.quota')}</Table.Th>
                  <Table.Th ta="right">{t('projects.cofinancing.owed')}</Table.Th>
                  <Table.Th ta="right">{t('projects.cofinancing.shareOfQuota')}</Table.Th>
                  <Table.Th ta="right">{t('projects.cofinancing.shareOfTotal')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {summary.rows.map((row) => (
                  <Table.Tr key={row.organizationId}>
                    <Table.Td>{names.get(row.organizationId) ?? ''}</Table.Td>
                    <Table.Td ta="right">{euro(row.quotaCents)}</Table.Td>
                    <Table.Td ta="right">{euro(row.owedCents)}</Table.Td>
                    <Table.Td ta="right">{share(row.shareOfQuota)}</Table.Td>
                    <Table.Td ta="right">{share(row.shareOfCofinancing)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr fw={700}>
                  <Table.Th scope="row">{t('common.total')}</Table.Th>
                  <Table.Td ta="right">{euro(quotaCents)}</Table.Td>
                  <Table.Td ta="right">{euro(summary.owedCents)}</Table.Td>
                  <Table.Td ta="right">
                    {share(quotaCents > 0 ? summary.owedCents / quotaCents : null)}
                  </Table.Td>
                  <Table.Td ta="right">{share(summary.owedCents > 0 ? 1 : null)}</Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </ScrollableTable>
        </>
      )}
    </Stack>
  );
}
