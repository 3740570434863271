import { Card, Table, Text, Title } from '@mantine/core';
import { useRegia } from '../../app/RegiaContext';
import type { PartnerLoad } from './overviewActions';

type PartnerLoadCardProps = {
  partners: readonly PartnerLoad[];
  /** How many organizations have open actions, the ones not shown included. */
  partnerCount: number;
  names: ReadonlyMap<string, string>;
};

/** The organizations with the most open (and overdue) actions. */
export function PartnerLoadCard({ partners, partnerCount, names }: PartnerLoadCardProps) {
  const { t } = useRegia();
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('actions.overview.perPartner')}
      </Title>
      {partners.length === 0 ? (
        <Text size="sm">{t('actions.overview.nonePerPartner')}</Text>
      ) : (
        <Table data-testid="partner-load" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('actions.partners.organization')}</Table.Th>
              <Table.Th ta="right">{t('actions.partners.open')}</Table.Th>
              <Table.Th ta="right">{t('actions.partners.overdue')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {partners.map((partner) => (
              <Table.Tr key={partner.organizationId}>
                <Table.Td>{names.get(partner.organizationId) ?? '—'}</Table.Td>
                <Table.Td ta="right">{partner.open}</Table.Td>
                <Table.Td ta="right" fw={partner.overdue > 0 ? 700 : undefined}>
                  {partner.overdue}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {partnerCount > partners.length && (
        <Text size="sm" mt="xs" data-testid="partner-load-more">
          {t('overview.morePartners', { count: partnerCount - partners.length })}
        </Text>
      )}
    </Card>
  );
}
