import { Anchor, Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { Contact } from '../../../../shared/domain';
import { contactFullName } from '../../../../shared/roster';
import { useRegia } from '../../../app/RegiaContext';
import { RecordListPanel } from '../../../ui';
import { useRosterCommands } from '../useRosterData';
import { PersonDataMenu } from '../../privacy';
import { openContactModal } from './openContactModal';
import type { OrganizationRecords } from './useOrganizationRecords';

type ContactsPanelProps = {
  /** The organization's records. */
  records: OrganizationRecords;
};

/** The organization's contacts: who they are, how to reach them, whom they represent. */
export function ContactsPanel({ records }: ContactsPanelProps) {
  const { t } = useRegia();
  const commands = useRosterCommands();
  const { organization, memberships, networks } = records;
  const rolesOf = (contactId: string): string[] =>
    memberships
      .filter((membership) => !membership.archivedAt)
      .flatMap((membership) => {
        const network = networks.get(membership.networkId)?.name ?? '';
        return [
          ...(membership.representativeContactIds.includes(contactId)
            ? [t('roster.contact.representativeIn', { network })]
            : []),
          ...(membership.delegateContactIds.includes(contactId)
            ? [t('roster.contact.delegateIn', { network })]
            : []),
        ];
      });
  const name = (contact: Contact): string => contactFullName(contact);
  return (
    <RecordListPanel
      rows={records.contacts}
      testId="contacts-table"
      tableLabel={t('roster.contact.tableLabel', { name: organization.name })}
      emptyText={t('roster.contact.empty')}
      commandsHeader={t('roster.commands')}
      showArchivedLabel={t('roster.showArchived')}
      archivedBadge={t('roster.archivedBadge')}
      createButton={
        <Button
          leftSection={<IconPlus size={18} />}
          onClick={() => openContactModal(t, organization.id)}
        >
          {t('roster.contact.new')}
        </Button>
      }
      nameColumn={{ header: t('common.name'), cell: name }}
      columns={[
        { header: t('roster.field.role'), cell: (contact) => contact.role },
        {
          header: t('roster.field.email'),
          cell: (contact) =>
            contact.email && <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>,
        },
        { header: t('roster.field.phone'), cell: (contact) => contact.phone },
        {
          header: t('roster.contact.networkRoles'),
          cell: (contact) => rolesOf(contact.id).join('; '),
        },
        { header: t('privacy.column'), cell: (contact) => <PersonDataMenu contact={contact} /> },
      ]}
      commands={{
        labels: (contact) => ({
          edit: t('roster.contact.editNamed', { name: name(contact) }),
          archive: t('roster.contact.archiveNamed', { name: name(contact) }),
          restore: t('roster.contact.restoreNamed', { name: name(contact) }),
        }),
        edit: (contact) => openContactModal(t, organization.id, contact),
        archive: (contact) => commands.archive('contacts', contact.id),
        restore: (contact) => commands.restore('contacts', contact.id),
        archivedMessage: (contact) => t('roster.contact.archived', { name: name(contact) }),
        restoredMessage: (contact) => t('roster.contact.restored', { name: name(contact) }),
      }}
    />
  );
}
