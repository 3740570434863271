import { Button, Group } from '@mantine/core';
import { IconButton } from '../../ui';
import { IconArrowsMaximize, IconRefresh, IconZoomIn, IconZoomOut } from '@tabler/icons-react';
import type { ReactNode, RefObject } from 'react';
import { useRegia } from '../../app/RegiaContext';
import type { MapController } from './mapController';

/** Zoom, fit and lay-out-again buttons over the map. */
export function MapCanvasControls({
  controllerRef,
}: {
  controllerRef: RefObject<MapController | null>;
}) {
  const { t } = useRegia();
  const icon = (labelText: string, onClick: () => void, children: ReactNode) => (
    <IconButton variant="default" size="lg" label={labelText} onClick={onClick}>
      {children}
    </IconButton>
  );
  return (
    <Group gap="xs">
      {icon(t('map.zoomIn'), () => controllerRef.current?.zoom(true), <IconZoomIn size={18} />)}
      {icon(t('map.zoomOut'), () => controllerRef.current?.zoom(false), <IconZoomOut size={18} />)}
      {icon(t('map.fit'), () => controllerRef.current?.fit(), <IconArrowsMaximize size={18} />)}
      <Button
        variant="default"
        size="sm"
        leftSection={<IconRefresh size={16} />}
        onClick={() => controllerRef.current?.relayout(Date.now() % 2_147_483_647)}
      >
        {t('map.relayout')}
      </Button>
    </Group>
  );
}
