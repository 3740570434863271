import { Divider, Stack, Text } from '@mantine/core';
import type { MapMeasures, MapModel, MapNode } from '../../../shared/map';
import { useRegia } from '../../app/RegiaContext';
import { MapLegend } from './MapLegend';
import { NetworkMeasuresPanel } from './NetworkMeasuresPanel';
import { SelectionPanel } from './SelectionPanel';

type MapSidePanelProps = {
  model: MapModel;
  measures: MapMeasures | null;
  selectedNode: MapNode | null;
  onSelect: (id: string | null) => void;
  onNewRelationship: (sourceId: string) => void;
};

/** Beside the map: the selected organization, the network's measures and the legend. */
export function MapSidePanel({
  model,
  measures,
  selectedNode,
  onSelect,
  onNewRelationship,
}: MapSidePanelProps) {
  const { t } = useRegia();
  return (
    <Stack gap="sm">
      {selectedNode ? (
        <SelectionPanel
          model={model}
          node={selectedNode}
          measures={measures}
          onSelect={onSelect}
          onNewRelationship={onNewRelationship}
        />
      ) : (
        <Text size="sm">{t('map.panel.none')}</Text>
      )}
      <Divider />
      <NetworkMeasuresPanel model={model} measures={measures} onSelect={onSelect} />
      <Divider />
      <MapLegend model={model} />
    </Stack>
  );
}
