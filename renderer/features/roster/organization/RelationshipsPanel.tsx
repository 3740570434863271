import { Anchor, Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { Relationship } from '../../../../shared/domain';
import { formatDate } from '../../../app/formatting';
import { label } from '../../../app/labels';
import { useRegia } from '../../../app/RegiaContext';
import { useCurrentNetwork } from '../../../app/useNetworks';
import { RecordListPanel } from '../../../ui';
import { openRelationshipModal, useMapCommands } from '../../map';
import { organizationPath } from '../organizationPath';
import type { OrganizationRecords, OrganizationRelationship } from './useOrganizationRecords';

type RelationshipsPanelProps = {
  /** The organization's records. */
  records: OrganizationRecords;
};

/** A relationship as a row of the list: the record list reads its id and archive state. */
type RelationshipRow = OrganizationRelationship & { id: string; archivedAt: string | null };

/** The organization's ties with other organizations, created, edited and archived here too. */
export function RelationshipsPanel({ records }: RelationshipsPanelProps) {
  const { t, locale } = useRegia();
  const network = useCurrentNetwork();
  const mapCommands = useMapCommands();
  const { organization } = records;
  const rows: RelationshipRow[] = records.relationships.map((entry) => ({
    ...entry,
    id: entry.relationship.id,
    archivedAt: entry.relationship.archivedAt,
  }));
  const names = ({ other }: RelationshipRow) => ({
    source: organization.name,
    target: other?.name ?? '—',
  });
  const direction = (relationship: Relationship): string => {
    if (!relationship.directed) return t('roster.relationships.mutual');
    return relationship.sourceOrganizationId === organization.id
      ? t('roster.relationships.outgoing')
      : t('roster.relationships.incoming');
  };
  const period = ({ from, to }: Relationship): string =>
    from || to
      ? `${formatDate(locale, from, 'MMM yyyy')} – ${formatDate(locale, to, 'MMM yyyy')}`
      : '—';
  return (
    <RecordListPanel
      rows={rows}
      testId="organization-relationships-table"
      tableLabel={t('roster.relationships.tableLabel', { name: organization.name })}
      emptyText={t('roster.relationships.empty')}
      commandsHeader={t('roster.commands')}
      showArchivedLabel={t('roster.showArchived')}
      archivedBadge={t('roster.relationships.archivedBadge')}
      createButton={
        <Button
          variant="default"
          leftSection={<IconPlus size={16} />}
          onClick={() =>
            openRelationshipModal(t, {
              networkId: network.id,
              sourceOrganizationId: organization.id,
            })
          }
        >
          {t('map.relationship.new')}
        </Button>
      }
      nameColumn={{
        header: t('roster.relationships.other'),
        cell: ({ other }) =>
          other ? <Anchor href={`#${organizationPath(other.id)}`}>{other.name}</Anchor> : '—',
      }}
      columns={[
        {
          header: t('roster.relationships.kind'),
          cell: ({ relationship }) => label.relationshipKind(t, relationship.kind),
        },
        {
          header: t('roster.relationships.direction'),
          cell: ({ relationship }) => direction(relationship),
        },
        {
          header: t('roster.relationships.period'),
          cell: ({ relationship }) => period(relationship),
        },
        { header: t('roster.field.notes'), cell: ({ relationship }) => relationship.notes },
      ]}
      commands={{
        labels: (row) => ({
          edit: t('map.relationship.editNamed', names(row)),
          archive: t('map.relationship.archiveNamed', names(row)),
          restore: t('map.relationship.restoreNamed', names(row)),
        }),
        edit: ({ relationship }) =>
          openRelationshipModal(t, {
            networkId: relationship.networkId ?? network.id,
            relationship,
          }),
        archive: ({ id }) => mapCommands.archiveRelationship(id),
        restore: ({ id }) => mapCommands.restoreRelationship(id),
        archivedMessage: () => t('map.relationship.archived'),
        restoredMessage: () => t('map.relationship.restored'),
      }}
    />
  );
}
