import { Card, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatDateTime } from '../../app/formatting';
import { PageTitle } from '../../app/PageTitle';
import { useRegia } from '../../app/RegiaContext';
import { useCurrentNetwork } from '../../app/useNetworks';
import { useNetworkMembers } from '../roster';

/** Scambio fogli: the partners who receive update workbooks and the exchanges so far. */
export function ExchangePage() {
  const { t, db, locale } = useRegia();
  const network = useCurrentNetwork();
  const members = useNetworkMembers(network.id);
  const batches = useLiveQuery(
    () => db.exchangeBatches.where('networkId').equals(network.id).reverse().sortBy('at'),
    [db, network.id],
  );
  return (
    <Stack>
      <PageTitle title={t('exchange.title')} />
      <Text>{t('exchange.intro')}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('exchange.partners')}
          </Title>
          {!members ? (
            <Loader aria-label={t('common.loading')} />
          ) : (
            <Text data-testid="exchange-partner-count">
              {t('common.records', { count: members.length })}
            </Text>
          )}
          <Stack gap={2} mt="xs">
            {members?.slice(0, 12).map(({ organization }) => (
              <Text key={organization.id} size="sm">
                {organization.name}
              </Text>
            ))}
          </Stack>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('exchange.batches')}
          </Title>
          {!batches ? (
            <Loader aria-label={t('common.loading')} />
          ) : batches.length === 0 ? (
            <Text>{t('exchange.empty')}</Text>
          ) : (
            <Table>
              <Table.Tbody>
                {batches.map((batch) => (
                  <Table.Tr key={batch.id}>
                    <Table.Td>{formatDateTime(locale, batch.at)}</Table.Td>
                    <Table.Td>{batch.fileName}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
