import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { FigureTable } from '../../ui';
import { topBrokers, type MapMeasures, type MapModel } from '../../../shared/map';
import { useRegia } from '../../app/RegiaContext';

type NetworkMeasuresPanelProps = {
  model: MapModel;
  measures: MapMeasures | null;
  onSelect: (id: string) => void;
};

const listed = 5;

/** The measures of the whole map: components, isolated organizations, communities, bridges. */
export function NetworkMeasuresPanel({ model, measures, onSelect }: NetworkMeasuresPanelProps) {
  const { t } = useRegia();
  const names = new Map(model.nodes.map((node) => [node.id, node.label]));
  const nameList = (ids: string[]) => (
    <List size="sm" spacing={2} listStyleType="none" withPadding={false}>
      {ids.slice(0, listed).map((id) => (
        <List.Item key={id}>
          <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onSelect(id)}>
            {names.get(id) ?? id}
          </Anchor>
        </List.Item>
      ))}
      {ids.length > listed && <List.Item>+{ids.length - listed}</List.Item>}
    </List>
  );
  return (
    <Stack gap="xs" data-testid="map-measures">
      <Title order={2} size="h5">
        {t('map.panel.network')}
      </Title>
      {!measures ? (
        <Text size="sm" role="status">
          {t('map.panel.computing')}
        </Text>
      ) : (
        <>
          <FigureTable
            fz="sm"
            figures={[
              [t('map.panel.components'), String(measures.components.length)],
              [t('map.panel.isolated'), String(measures.isolated.length)],
              [t('map.panel.communities'), String(measures.communities.length)],
              [t('map.panel.modularity'), measures.modularity.toFixed(2)],
            ]}
          />
          {topBrokers(measures.nodes, listed).length > 0 && (
            <>
              <Text size="sm" fw={600}>
                {t('map.panel.topBrokers')}
              </Text>
              {nameList(topBrokers(measures.nodes, listed))}
            </>
          )}
          {measures.isolated.length > 0 && (
            <>
              <Text size="sm" fw={600}>
                {t('map.panel.isolated')}
              </Text>
              {nameList(measures.isolated)}
            </>
          )}
        </>
      )}
    </Stack>
  );
}
