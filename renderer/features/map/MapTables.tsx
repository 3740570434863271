import { Tabs } from '@mantine/core';
import { useMemo } from 'react';
import type { Relationship } from '../../../shared/domain';
import type { MapMeasures, MapModel, MapSourceData } from '../../../shared/map';
import { useRegia } from '../../app/RegiaContext';
import { NodeTable } from './NodeTable';
import { openArchiveRelationshipModal, openRelationshipModal } from './openRelationshipModal';
import { RelationshipsTable } from './RelationshipsTable';
import { useMapCommands } from './useMapData';

type MapTablesProps = {
  networkId: string;
  source: MapSourceData | undefined;
  model: MapModel | null;
  measures: MapMeasures | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
};

/** The map's content as tables: the relationships shown, and the organizations with their measures. */
export function MapTables({
  networkId,
  source,
  model,
  measures,
  selectedId,
  onSelect,
}: MapTablesProps) {
  const { t } = useRegia();
  const commands = useMapCommands();
  const names = useMemo(
    () =>
      new Map(
        (source?.organizations ?? []).map((organization) => [organization.id, organization.name]),
      ),
    [source],
  );
  const relationships = useMemo(() => {
    const shown = new Set(
      model?.edges.filter((edge) => edge.origin === 'relationship').map((edge) => edge.id),
    );
    return (source?.relationships ?? []).filter((relationship) => shown.has(relationship.id));
  }, [source, model]);
  const editRelationship = (relationship: Relationship): void =>
    openRelationshipModal(t, { networkId, relationship });
  const archiveRelationship = (relationship: Relationship): void =>
    openArchiveRelationshipModal(t, () => commands.archiveRelationship(relationship.id), {
      source: names.get(relationship.sourceOrganizationId) ?? '—',
      target: names.get(relationship.targetOrganizationId) ?? '—',
    });

  return (
    <Tabs defaultValue="relationships" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="relationships">
          {t('map.tab.relationships')} ({relationships.length})
        </Tabs.Tab>
        <Tabs.Tab value="nodes">
          {t('map.tab.nodes')} ({model?.nodes.length ?? 0})
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="relationships" pt="sm">
        <RelationshipsTable
          relationships={relationships}
          names={names}
          onEdit={editRelationship}
          onArchive={archiveRelationship}
        />
      </Tabs.Panel>
      <Tabs.Panel value="nodes" pt="sm">
        <NodeTable
          nodes={model?.nodes ?? []}
          measures={measures}
          selectedId={selectedId}
          onSelect={onSelect}
        />
      </Tabs.Panel>
    </Tabs>
  );
}
