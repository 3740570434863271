import { Anchor, Button, ColorSwatch, Group, List, Stack, Text, Title } from '@mantine/core';
import { FigureTable } from '../../ui';
import {
  neighboursOf,
  organizationTypeColors,
  type MapMeasures,
  type MapModel,
  type MapNode,
} from '../../../shared/map';
import { label } from '../../app/labels';
import { useRegia } from '../../app/RegiaContext';
import { linkLabel } from './linkLabel';

type SelectionPanelProps = {
  model: MapModel;
  node: MapNode;
  measures: MapMeasures | null;
  onSelect: (id: string | null) => void;
  onNewRelationship: (sourceId: string) => void;
};

/** The selected organization: what it is, its measures and whom it is linked with. */
export function SelectionPanel({
  model,
  node,
  measures,
  onSelect,
  onNewRelationship,
}: SelectionPanelProps) {
  const { t } = useRegia();
  const neighbours = neighboursOf(model, node.id);
  const measured = measures?.nodes[node.id];
  const rows: [string, string][] = [
    [t('map.measure.degree'), measured ? String(measured.degree) : '…'],
    [t('map.measure.weightedDegree'), measured ? String(measured.weightedDegree) : '…'],
    [t('map.measure.betweenness'), measured ? measured.betweenness.toFixed(3) : '…'],
    [
      t('map.measure.community'),
      measured
        ? measured.community === null
          ? t('map.panel.noCommunity')
          : String(measured.community + 1)
        : '…',
    ],
    [t('map.measure.actions'), String(node.actionCount)],
  ];
  return (
    <Stack gap="xs" data-testid="map-selection">
      <Title order={2} size="h5">
        {t('map.panel.selected')}
      </Title>
      <Text fw={700}>{node.label}</Text>
      <Group gap={6} wrap="nowrap">
        <ColorSwatch color={organizationTypeColors[node.type]} size={12} aria-hidden />
        <Text size="sm">{label.organizationType(t, node.type)}</Text>
      </Group>
      {(node.comune || node.provincia) && (
        <Text size="sm">
          {[node.comune, node.provincia && `(${node.provincia})`].filter(Boolean).join(' ')}
        </Text>
      )}
      <FigureTable fz="sm" figures={rows} />
      <Title order={3} size="h6">
        {t('map.panel.neighbours', { count: neighbours.length })}
      </Title>
      {neighbours.length === 0 ? (
        <Text size="sm">{t('map.panel.noNeighbours')}</Text>
      ) : (
        <List
          size="sm"
          spacing={4}
          data-testid="map-neighbours"
          listStyleType="none"
          withPadding={false}
        >
          {neighbours.map(({ node: neighbour, links }) => (
            <List.Item key={neighbour.id}>
              <Anchor
                component="button"
                type="button"
                size="sm"
                ta="left"
                onClick={() => onSelect(neighbour.id)}
              >
                {neighbour.label}
              </Anchor>
              <Text size="xs">{links.map((link) => linkLabel(t, link, node.id)).join(' · ')}</Text>
            </List.Item>
          ))}
        </List>
      )}
      <Group gap="xs">
        <Button size="xs" variant="light" onClick={() => onNewRelationship(node.id)}>
          {t('map.panel.newRelationship')}
        </Button>
        <Button size="xs" variant="default" onClick={() => onSelect(null)}>
          {t('map.panel.clear')}
        </Button>
      </Group>
    </Stack>
  );
}
