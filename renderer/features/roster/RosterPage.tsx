import { Badge, Button, Loader, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { normalizeForSearch } from '../../../shared/search';
import { label } from '../../app/labels';
import { PageTitle } from '../../app/PageTitle';
import { useRegia } from '../../app/RegiaContext';
import { useCurrentNetwork } from '../../app/useNetworks';
import { openNewOrganizationModal } from './openNewOrganizationModal';
import { useNetworkMembers } from './useNetworkMembers';

/** Rete: the organizations of the current network, their role and how to reach them. */
export function RosterPage() {
  const { t } = useRegia();
  const network = useCurrentNetwork();
  const members = useNetworkMembers(network.id);
  const [query, setQuery] = useState('');

  const visible = useMemo(() => {
    const words = normalizeForSearch(query).split(' ').filter(Boolean);
    if (!members || words.length === 0) return members;
    return members.filter(({ organization }) =>
      words.every((word) =>
        organization.searchWords.some((candidate) => candidate.startsWith(word)),
      ),
    );
  }, [members, query]);

  return (
    <Stack>
      <PageTitle title={t('roster.members')}>
        <Button
          leftSection={<IconPlus size={18} />}
          onClick={() => openNewOrganizationModal(t, network.id)}
        >
          {t('roster.newOrganization')}
        </Button>
      </PageTitle>
      <TextInput
        aria-label={t('common.search')}
        placeholder={t('roster.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      {!visible ? (
        <Loader aria-label={t('common.loading')} />
      ) : visible.length === 0 ? (
        <Text>{t('roster.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover data-testid="roster-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('common.name')}</Table.Th>
                <Table.Th>{t('common.type')}</Table.Th>
                <Table.Th>{t('common.role')}</Table.Th>
                <Table.Th>{t('roster.comune')}</Table.Th>
                <Table.Th>{t('roster.email')}</Table.Th>
                <Table.Th ta="right">{t('roster.contacts')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visible.map(({ organization, membership, contactCount }) => (
                <Table.Tr key={membership.id}>
                  <Table.Td fw={600}>{organization.name}</Table.Td>
                  <Table.Td>{label.organizationType(t, organization.type)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{label.membershipRole(t, membership.role)}</Badge>
                  </Table.Td>
                  <Table.Td>
                    {organization.comune}
                    {organization.provincia ? ` (${organization.provincia})` : ''}
                  </Table.Td>
                  <Table.Td>{organization.email || organization.pec}</Table.Td>
                  <Table.Td ta="right">{contactCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
