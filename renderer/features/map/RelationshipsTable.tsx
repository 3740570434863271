import { ColorSwatch, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { RowCommands } from '../../ui';

import type { Relationship } from '../../../shared/domain';
import { relationshipKindColors } from '../../../shared/map';
import { formatDate } from '../../app/formatting';
import { label } from '../../app/labels';
import { useRegia } from '../../app/RegiaContext';
import { PageControls } from './PageControls';
import { usePagination } from './usePagination';

type RelationshipsTableProps = {
  relationships: Relationship[];
  names: ReadonlyMap<string, string>;
  onEdit: (relationship: Relationship) => void;
  onArchive: (relationship: Relationship) => void;
};

/** The recorded relationships shown on the map, to read and edit without the canvas. */
export function RelationshipsTable({
  relationships,
  names,
  onEdit,
  onArchive,
}: RelationshipsTableProps) {
  const { t, locale } = useRegia();
  const pagination = usePagination(relationships, 25);
  const nameOf = (id: string): string => names.get(id) ?? '—';
  const period = (relationship: Relationship): string =>
    [
      relationship.from &&
        t('map.periodFrom', { from: formatDate(locale, relationship.from, 'd MMM yyyy') }),
      relationship.to &&
        t('map.periodTo', { to: formatDate(locale, relationship.to, 'd MMM yyyy') }),
    ]
      .filter(Boolean)
      .join(' ') || '—';
  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table striped data-testid="relationships-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('map.from')}</Table.Th>
              <Table.Th>{t('map.to')}</Table.Th>
              <Table.Th>{t('common.type')}</Table.Th>
              <Table.Th ta="right">{t('map.weight')}</Table.Th>
              <Table.Th>{t('map.period')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('map.actionsColumn')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pagination.rows.map((relationship) => {
              const names = {
                source: nameOf(relationship.sourceOrganizationId),
                target: nameOf(relationship.targetOrganizationId),
              };
              return (
                <Table.Tr key={relationship.id}>
                  <Table.Td>{names.source}</Table.Td>
                  <Table.Td>
                    <span aria-hidden>{relationship.directed ? '→ ' : '↔ '}</span>
                    {names.target}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <ColorSwatch
                        color={relationshipKindColors[relationship.kind]}
                        size={10}
                        aria-hidden
                      />
                      <Text size="sm">{label.relationshipKind(t, relationship.kind)}</Text>
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">{relationship.weight}</Table.Td>
                  <Table.Td>{period(relationship)}</Table.Td>
                  <Table.Td>
                    <RowCommands
                      archived={false}
                      labels={{
                        edit: t('map.relationship.editNamed', names),
                        archive: t('map.relationship.archiveNamed', names),
                      }}
                      onEdit={() => onEdit(relationship)}
                      onArchive={() => onArchive(relationship)}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PageControls pagination={pagination} />
    </>
  );
}
