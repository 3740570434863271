import { Badge, Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { Contact, Membership } from '../../../../shared/domain';
import { contactFullName } from '../../../../shared/roster';
import { formatDate } from '../../../app/formatting';
import { label } from '../../../app/labels';
import { useRegia } from '../../../app/RegiaContext';
import { RecordListPanel } from '../../../ui';
import { useRosterCommands } from '../useRosterData';
import { openMembershipModal } from './openMembershipModal';
import type { OrganizationRecords } from './useOrganizationRecords';

type MembershipsPanelProps = {
  /** The organization's records. */
  records: OrganizationRecords;
};

/** The networks the organization belongs to, in what role, and who represents it there. */
export function MembershipsPanel({ records }: MembershipsPanelProps) {
  const { t, locale } = useRegia();
  const rosterCommands = useRosterCommands();
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
  const byNetwork = memberships.toSorted((first, second) =>
    networkName(first).localeCompare(networkName(second), 'it'),
  );
  return (
    <RecordListPanel
      rows={byNetwork}
      testId="memberships-table"
      tableLabel={t('roster.membership.tableLabel', { name: organization.name })}
      emptyText={t('roster.membership.empty')}
      commandsHeader={t('roster.commands')}
      archivedBadge={t('roster.membership.closed')}
      minWidth={800}
      createButton={
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
      }
      nameColumn={{ header: t('roster.field.networkId'), cell: networkName }}
      columns={[
        {
          header: t('roster.field.role'),
          cell: (membership) => (
            <Badge variant="light">{label.membershipRole(t, membership.role)}</Badge>
          ),
        },
        {
          header: t('roster.field.votingRight'),
          cell: (membership) => (membership.votingRight ? t('roster.yes') : t('roster.no')),
        },
        { header: t('roster.membership.period'), cell: period },
        {
          header: t('roster.field.representativeContactIds'),
          cell: (membership) => namesOf(membership.representativeContactIds),
        },
        {
          header: t('roster.field.delegateContactIds'),
          cell: (membership) => namesOf(membership.delegateContactIds),
        },
      ]}
      commands={{
        labels: (membership) => ({
          edit: t('roster.membership.editNamed', { network: networkName(membership) }),
          archive: t('roster.membership.endNamed', { network: networkName(membership) }),
          restore: t('roster.membership.restoreNamed', { network: networkName(membership) }),
        }),
        edit: (membership) =>
          openMembershipModal(t, {
            organizationId: organization.id,
            networks: [...networks.values()],
            contacts: activeContacts,
            membership,
          }),
        archive: (membership) => rosterCommands.archive('memberships', membership.id),
        restore: (membership) => rosterCommands.restore('memberships', membership.id),
        archivedMessage: (membership) =>
          t('roster.membership.ended', { network: networkName(membership) }),
        restoredMessage: (membership) =>
          t('roster.membership.restored', { network: networkName(membership) }),
      }}
    />
  );
}
