import { Anchor, Badge, Button, Group, Stack, Switch, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { contactFullName } from '../../../../shared/roster';
import { openContactModal } from './openContactModal';
import { RowCommands } from './RowCommands';
import type { OrganizationRecords } from './useOrganizationRecords';

type ContactsPanelProps = {
  /** The organization's records. */
  records: OrganizationRecords;
};

/** The organization's contacts: who they are, how to reach them, whom they represent. */
export function ContactsPanel({ records }: ContactsPanelProps) {
  const { t, repositories } = useRegia();
  const [showArchived, setShowArchived] = useState(false);
  const { organization, memberships, networks } = records;
  const contacts = records.contacts.filter((contact) => showArchived || !contact.archivedAt);
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
  const change = (operation: 'archive' | 'restore', contactId: string, name: string) =>
    void reportFailure(t, async () => {
      await repositories.contacts[operation](contactId);
      notifySuccess(
        t,
        t(operation === 'archive' ? 'roster.contact.archived' : 'roster.contact.restored', {
          name,
        }),
      );
    });

  return (
    <Stack>
      <Group justify="space-between">
        <Switch
          label={t('roster.showArchived')}
          checked={showArchived}
          onChange={(event) => setShowArchived(event.currentTarget.checked)}
        />
        <Button
          leftSection={<IconPlus size={18} />}
          onClick={() => openContactModal(t, organization.id)}
        >
          {t('roster.contact.new')}
        </Button>
      </Group>
      {contacts.length === 0 ? (
        <Text>{t('roster.contact.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table
            data-testid="contacts-table"
            aria-label={t('roster.contact.tableLabel', { name: organization.name })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('common.name')}</Table.Th>
                <Table.Th>{t('roster.field.role')}</Table.Th>
                <Table.Th>{t('roster.field.email')}</Table.Th>
                <Table.Th>{t('roster.field.phone')}</Table.Th>
                <Table.Th>{t('roster.contact.networkRoles')}</Table.Th>
                <Table.Th ta="right">{t('roster.commands')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contacts.map((contact) => {
                const name = contactFullName(contact);
                return (
                  <Table.Tr key={contact.id}>
                    <Table.Td fw={600}>
                      {name}
                      {contact.archivedAt && (
                        <Badge variant="outline" color="gray" size="sm" ml="xs">
                          {t('roster.archivedBadge')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{contact.role}</Table.Td>
                    <Table.Td>
                      {contact.email && (
                        <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>
                      )}
                    </Table.Td>
                    <Table.Td>{contact.phone}</Table.Td>
                    <Table.Td>{rolesOf(contact.id).join('; ')}</Table.Td>
                    <Table.Td>
                      <RowCommands
                        archived={contact.archivedAt !== null}
                        labels={{
                          edit: t('roster.contact.editNamed', { name }),
                          archive: t('roster.contact.archiveNamed', { name }),
                          restore: t('roster.contact.restoreNamed', { name }),
                        }}
                        onEdit={() => openContactModal(t, organization.id, contact)}
                        onArchive={() => change('archive', contact.id, name)}
                        onRestore={() => change('restore', contact.id, name)}
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
