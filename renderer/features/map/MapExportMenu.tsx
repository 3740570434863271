import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { bridge } from '../../bridge';
import { notifySuccess, reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';
import {
  extensionOf,
  mapFileBytes,
  mapFileKinds,
  mapFileName,
  type MapFileKind,
  type MapSnapshot,
} from './mapFiles';

type MapExportMenuProps = {
  /** Reads the map as shown at the moment of the export. */
  snapshot: () => MapSnapshot;
};

/** Exports the map as a picture (PNG, SVG) or as files Kumu and Gephi read. */
export function MapExportMenu({ snapshot }: MapExportMenuProps) {
  const { t, locale } = useRegia();
  const exportAs = (kind: MapFileKind): Promise<void> =>
    reportFailure(t, async () => {
      const now = new Date();
      const name = mapFileName(kind, now);
      const result = await bridge.saveFile({
        title: t(`map.export.${kind}`),
        suggestedName: name,
        filters: [{ name: t(`map.export.${kind}`), extensions: [extensionOf(kind)] }],
        bytes: await mapFileBytes(kind, snapshot(), locale, now),
      });
      if (result.saved) notifySuccess(t, t('map.export.done', { name: result.location ?? name }));
    }).then(() => undefined);

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={18} />}
          rightSection={<IconChevronDown size={14} />}
        >
          {t('map.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {mapFileKinds.map((kind) => (
          <Menu.Item key={kind} onClick={() => void exportAs(kind)}>
            {t(`map.export.${kind}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
