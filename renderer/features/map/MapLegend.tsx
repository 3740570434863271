import { ColorSwatch, Group, Stack, Text, Title } from '@mantine/core';
import {
  derivedLinkColors,
  derivedLinkOrigins,
  organizationTypeColors,
  relationshipKindColors,
  type MapModel,
} from '../../../shared/map';
import { relationshipKinds, type OrganizationType } from '../../../shared/domain';
import { label } from '../../app/labels';
import { useRegia } from '../../app/RegiaContext';

/** What the colours mean: organization types present on the map, and kinds of links. */
export function MapLegend({ model }: { model: MapModel }) {
  const { t } = useRegia();
  const types = [...new Set(model.nodes.map((node) => node.type))].sort((a, b) =>
    label.organizationType(t, a).localeCompare(label.organizationType(t, b), 'it'),
  );
  const item = (color: string, text: string, key: string) => (
    <Group key={key} gap={6} wrap="nowrap">
      <ColorSwatch color={color} size={12} aria-hidden />
      <Text size="xs">{text}</Text>
    </Group>
  );
  return (
    <Stack gap={6} data-testid="map-legend">
      <Title order={2} size="h5">
        {t('map.legend')}
      </Title>
      <Text size="sm" fw={600}>
        {t('map.legend.types')}
      </Text>
      {types.map((type: OrganizationType) =>
        item(organizationTypeColors[type], label.organizationType(t, type), type),
      )}
      <Text size="sm" fw={600} mt={4}>
        {t('map.legend.links')}
      </Text>
      {relationshipKinds.map((kind) =>
        item(relationshipKindColors[kind], label.relationshipKind(t, kind), kind),
      )}
      {derivedLinkOrigins.map((origin) =>
        item(derivedLinkColors[origin], t(`map.origin.${origin}`), origin),
      )}
      <Text size="xs">→ {t('map.legend.directed')}</Text>
    </Stack>
  );
}
