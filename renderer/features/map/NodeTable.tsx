import { ColorSwatch, Group, Table, VisuallyHidden } from '@mantine/core';
import { IconButton } from '../../ui';
import { IconFocus2 } from '@tabler/icons-react';
import { organizationTypeColors, type MapMeasures, type MapNode } from '../../../shared/map';
import { label } from '../../app/labels';
import { useRegia } from '../../app/RegiaContext';
import { PageControls } from './PageControls';
import { usePagination } from './usePagination';

type NodeTableProps = {
  nodes: MapNode[];
  measures: MapMeasures | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
};

/** The organizations of the map with their measures: the map's content for keyboard and screen reader. */
export function NodeTable({ nodes, measures, selectedId, onSelect }: NodeTableProps) {
  const { t } = useRegia();
  const pagination = usePagination(nodes, 25);
  const value = (id: string, read: (measures: MapMeasures['nodes'][string]) => string): string => {
    const measured = measures?.nodes[id];
    return measured ? read(measured) : '…';
  };
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover data-testid="map-nodes-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('map.nodes.name')}</Table.Th>
              <Table.Th>{t('common.type')}</Table.Th>
              <Table.Th ta="right">{t('map.measure.degree')}</Table.Th>
              <Table.Th ta="right">{t('map.measure.weightedDegree')}</Table.Th>
              <Table.Th ta="right">{t('map.measure.betweenness')}</Table.Th>
              <Table.Th ta="right">{t('map.measure.community')}</Table.Th>
              <Table.Th ta="right">{t('map.measure.actions')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('map.nodes.show')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pagination.rows.map((node) => (
              <Table.Tr key={node.id} aria-selected={node.id === selectedId}>
                <Table.Td fw={node.id === selectedId ? 700 : undefined}>{node.label}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <ColorSwatch color={organizationTypeColors[node.type]} size={10} aria-hidden />
                    {label.organizationType(t, node.type)}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">{value(node.id, (m) => String(m.degree))}</Table.Td>
                <Table.Td ta="right">{value(node.id, (m) => String(m.weightedDegree))}</Table.Td>
                <Table.Td ta="right">{value(node.id, (m) => m.betweenness.toFixed(3))}</Table.Td>
                <Table.Td ta="right">
                  {value(node.id, (m) => (m.community === null ? '—' : String(m.community + 1)))}
                </Table.Td>
                <Table.Td ta="right">{node.actionCount}</Table.Td>
                <Table.Td>
                  <IconButton
                    label={t('map.nodes.showNamed', { name: node.label })}
                    tooltip={t('map.nodes.show')}
                    onClick={() => onSelect(node.id)}
                  >
                    <IconFocus2 size={18} />
                  </IconButton>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PageControls pagination={pagination} />
    </>
  );
}
