import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { Contact, Membership } from '../../../../shared/domain';
import { formatDate } from '../../../app/formatting';
import { label } from '../../../app/labels';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { contactFullName } from '../../../../shared/roster';
import { openMembershipModal } from './openMembershipModal';
import { RowCommands } from './RowCommands';
import type { OrganizationRecords } from './useOrganizationRecords';

type MembershipsPanelProps = {
  /** The organization's records. */
  records: OrganizationRecords;
};

/** The networks the organization belongs to, in what role, and who represents it there. */
export function MembershipsPanel({ records }: MembershipsPanelProps) {
  const { t, locale, repositories } = useRegia();
  const { organization, memberships, networks } = records;
  const activeContacts = records.contacts.filter((contact) => !contact.archivedAt);
  const contactById = new Map(records.contacts.map((contact) => [contact.id, contact]));
  const namesOf = (ids: string[]): string =>
    ids
      .map((id) => contactById.get(id))
      .filter((contact): contact is Contact => contact !== undefined)
      .map(contactFullName)
      .join(', ');
  const joined = new Set(
    memberships.filter((entry) => !entry.archivedAt).map((entry) => entry.networkId),
  );
  const available = [...networks.values()].filter(
    (network) => !network.archivedAt && !joined.has(network.id),
  );
  const networkName = (membership: Membership): string =>
    networks.get(membership.networkId)?.name ?? '—';
  const period = (membership: Membership): string =>
    `${formatDate(locale, membership.from, 'd MMM yyyy')} – ${
      membership.to
        ? formatDate(locale, membership.to, 'd MMM yyyy')
        : t('roster.membership.openEnded')
    }`;
  const change = (operation: 'archive' | 'restore', membership: Membership) =>
    void reportFailure(t, async () => {
      await repositories.memberships[operation](membership.id);
      const message =
        operation === 'archive' ? 'roster.membership.ended' : 'roster.membership.restored';
      notifySuccess(t, t(message, { network: networkName(membership) }));
    });
  const sorted = [...memberships].sort(
    (first, second) =>
      Number(first.archivedAt !== null) - Number(second.archivedAt !== null) ||
      networkName(first).localeCompare(networkName(second), 'it'),
  );

  return (
    <Stack>
      <Group justify="flex-end">
        <Button
          leftSection={<IconPlus size={18} />}
          disabled={available.length === 0}
          title={available.length === 0 ? t('roster.membership.noNetworkLeft') : undefined}
          onClick={() =>
            openMembershipModal(t, {
              organizationId: organization.id,
              networks: available,
              contacts: activeContacts,
            })
          }
        >
          {t('roster.membership.add')}
        </Button>
      </Group>
      {sorted.length === 0 ? (
        <Text>{t('roster.membership.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table
            data-testid="memberships-table"
            aria-label={t('roster.membership.tableLabel', { name: organization.name })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('roster.field.networkId')}</Table.Th>
                <Table.Th>{t('roster.field.role')}</Table.Th>
                <Table.Th>{t('roster.field.votingRight')}</Table.Th>
                <Table.Th>{t('roster.membership.period')}</Table.Th>
                <Table.Th>{t('roster.field.representativeContactIds')}</Table.Th>
                <Table.Th>{t('roster.field.delegateContactIds')}</Table.Th>
                <Table.Th ta="right">{t('roster.commands')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((membership) => {
                const network = networkName(membership);
                return (
                  <Table.Tr key={membership.id}>
                    <Table.Td fw={600}>
                      {network}
                      {membership.archivedAt && (
                        <Badge variant="outline" color="gray" size="sm" ml="xs">
                          {t('roster.membership.closed')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light">{label.membershipRole(t, membership.role)}</Badge>
                    </Table.Td>
                    <Table.Td>{membership.votingRight ? t('roster.yes') : t('roster.no')}</Table.Td>
                    <Table.Td>{period(membership)}</Table.Td>
                    <Table.Td>{namesOf(membership.representativeContactIds)}</Table.Td>
                    <Table.Td>{namesOf(membership.delegateContactIds)}</Table.Td>
                    <Table.Td>
                      <RowCommands
                        archived={membership.archivedAt !== null}
                        labels={{
                          edit: t('roster.membership.editNamed', { network }),
                          archive: t('roster.membership.endNamed', { network }),
                          restore: t('roster.membership.restoreNamed', { network }),
                        }}
                        onEdit={() =>
                          openMembershipModal(t, {
                            organizationId: organization.id,
                            networks: [...networks.values()],
                            contacts: activeContacts,
                            membership,
                          })
                        }
                        onArchive={() => change('archive', membership)}
                        onRestore={() => change('restore', membership)}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
