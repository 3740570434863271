import { Badge, Loader, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { label } from '../../app/labels';
import { PageTitle } from '../../app/PageTitle';
import { useRegia } from '../../app/RegiaContext';
import { useCurrentNetwork } from '../../app/useNetworks';

/** Mappa: who works with whom in the current network. */
export function MapPage() {
  const { t, db } = useRegia();
  const network = useCurrentNetwork();
  const data = useLiveQuery(async () => {
    const relationships = (
      await db.relationships.where('networkId').equals(network.id).toArray()
    ).filter((relationship) => !relationship.archivedAt);
    const ids = [
      ...new Set(
        relationships.flatMap((edge) => [edge.sourceOrganizationId, edge.targetOrganizationId]),
      ),
    ];
    const organizations = await db.organizations.bulkGet(ids);
    const names = new Map(
      organizations.flatMap((row) => (row ? [[row.id, row.name] as const] : [])),
    );
    return { relationships, names };
  }, [db, network.id]);

  return (
    <Stack>
      <PageTitle title={t('map.title')} />
      {!data ? (
        <Loader aria-label={t('common.loading')} />
      ) : data.relationships.length === 0 ? (
        <Text>{t('map.empty')}</Text>
      ) : (
        <>
          <Text data-testid="map-summary">
            {t('map.summary', { nodes: data.names.size, edges: data.relationships.length })}
          </Text>
          <Table.ScrollContainer minWidth={640}>
            <Table striped data-testid="relationships-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('map.from')}</Table.Th>
                  <Table.Th>{t('map.to')}</Table.Th>
                  <Table.Th>{t('common.type')}</Table.Th>
                  <Table.Th ta="right">{t('map.weight')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.relationships.map((relationship) => (
                  <Table.Tr key={relationship.id}>
                    <Table.Td>{data.names.get(relationship.sourceOrganizationId) ?? '—'}</Table.Td>
                    <Table.Td>
                      {relationship.directed ? '→ ' : '↔ '}
                      {data.names.get(relationship.targetOrganizationId) ?? '—'}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light">{label.relationshipKind(t, relationship.kind)}</Badge>
                    </Table.Td>
                    <Table.Td ta="right">{relationship.weight}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
