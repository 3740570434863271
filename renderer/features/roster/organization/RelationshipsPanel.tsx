import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconArchive, IconPencil, IconPlus } from '@tabler/icons-react';
import type { Relationship } from '../../../../shared/domain';
import { formatDate } from '../../../app/formatting';
import { label } from '../../../app/labels';
import { useRegia } from '../../../app/RegiaContext';
import { useCurrentNetwork } from '../../../app/useNetworks';
import { openArchiveRelationshipModal, openRelationshipModal, useMapCommands } from '../../map';
import { organizationPath } from '../organizationPath';
import type { OrganizationRecords } from './useOrganizationRecords';

type RelationshipsPanelProps = {
  /** The organization's records. */
  records: OrganizationRecords;
};

/** The organization's ties with other organizations, created, edited and archived here too. */
export function RelationshipsPanel({ records }: RelationshipsPanelProps) {
  const { t, locale } = useRegia();
  const mapCommands = useMapCommands();
  const network = useCurrentNetwork();
  const { organization, relationships } = records;
  const names = (other: { name: string } | null) => ({
    source: organization.name,
    target: other?.name ?? '—',
  });
  const create = (
    <Group>
      <Button
        variant="default"
        leftSection={<IconPlus size={16} />}
        onClick={() =>
          openRelationshipModal(t, { networkId: network.id, sourceOrganizationId: organization.id })
        }
      >
        {t('map.relationship.new')}
      </Button>
    </Group>
  );
  const direction = (relationship: Relationship): string => {
    if (!relationship.directed) return t('roster.relationships.mutual');
    return relationship.sourceOrganizationId === organization.id
      ? t('roster.relationships.outgoing')
      : t('roster.relationships.incoming');
  };
  if (relationships.length === 0) {
    return (
      <Stack>
        {create}
        <Text>{t('roster.relationships.empty')}</Text>
      </Stack>
    );
  }
  return (
    <Stack>
      {create}
      <Table.ScrollContainer minWidth={720}>
        <Table
          data-testid="organization-relationships-table"
          aria-label={t('roster.relationships.tableLabel', { name: organization.name })}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('roster.relationships.other')}</Table.Th>
              <Table.Th>{t('roster.relationships.kind')}</Table.Th>
              <Table.Th>{t('roster.relationships.direction')}</Table.Th>
              <Table.Th>{t('roster.relationships.period')}</Table.Th>
              <Table.Th>{t('roster.field.notes')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('map.actionsColumn')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {relationships.map(({ relationship, other }) => (
              <Table.Tr key={relationship.id}>
                <Table.Td fw={600}>
                  {other ? (
                    <Anchor href={`#${organizationPath(other.id)}`}>{other.name}</Anchor>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>{label.relationshipKind(t, relationship.kind)}</Table.Td>
                <Table.Td>{direction(relationship)}</Table.Td>
                <Table.Td>
                  {relationship.from || relationship.to
                    ? `${formatDate(locale, relationship.from, 'MMM yyyy')} – ${formatDate(locale, relationship.to, 'MMM yyyy')}`
                    : '—'}
                </Table.Td>
                <Table.Td>{relationship.notes}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label={t('common.edit')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('map.relationship.editNamed', names(other))}
                        onClick={() =>
                          openRelationshipModal(t, {
                            networkId: relationship.networkId ?? network.id,
                            relationship,
                          })
                        }
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('common.archive')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('map.relationship.archiveNamed', names(other))}
                        onClick={() =>
                          openArchiveRelationshipModal(
                            t,
                            () => mapCommands.archiveRelationship(relationship.id),
                            names(other),
                          )
                        }
                      >
                        <IconArchive size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
