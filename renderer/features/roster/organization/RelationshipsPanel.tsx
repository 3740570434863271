import { Anchor, Table, Text } from '@mantine/core';
import type { Relationship } from '../../../../shared/domain';
import { formatDate } from '../../../app/formatting';
import { label } from '../../../app/labels';
import { useRegia } from '../../../app/RegiaContext';
import { organizationPath } from '../organizationPath';
import type { OrganizationRecords } from './useOrganizationRecords';

type RelationshipsPanelProps = {
  /** The organization's records. */
  records: OrganizationRecords;
};

/** The organization's ties with other organizations. */
export function RelationshipsPanel({ records }: RelationshipsPanelProps) {
  const { t, locale } = useRegia();
  const { organization, relationships } = records;
  const direction = (relationship: Relationship): string => {
    if (!relationship.directed) return t('roster.relationships.mutual');
    return relationship.sourceOrganizationId === organization.id
      ? t('roster.relationships.outgoing')
      : t('roster.relationships.incoming');
  };
  if (relationships.length === 0) return <Text>{t('roster.relationships.empty')}</Text>;
  return (
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
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
