import { Button, Group, Select } from '@mantine/core';
import { IconArchive, IconDeviceFloppy } from '@tabler/icons-react';
import type { MapView } from '../../../shared/domain';
import type { Positions } from '../../../shared/map';
import { notifySuccess, reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';
import { NameForm, openFormModal, IconButton } from '../../ui';
import { useMapCommands, useMapViews } from './useMapData';

type SavedViewsProps = {
  networkId: string;
  /** The saved map open now, if any. */
  currentViewId: string | null;
  onOpen: (view: MapView) => void;
  /** What to save: the map's settings as stored and the positions of the nodes shown. */
  collect: () => { filters: Record<string, unknown>; positions: Positions };
  onSaved: (view: MapView) => void;
};

/** Saved maps of the network: open one, save the current map under a name, archive one. */
export function SavedViews({
  networkId,
  currentViewId,
  onOpen,
  collect,
  onSaved,
}: SavedViewsProps) {
  const { t } = useRegia();
  const commands = useMapCommands();
  const views = useMapViews(networkId);
  const current = views?.find((view) => view.id === currentViewId) ?? null;

  const save = async (name: string): Promise<void> => {
    const view = await commands.saveView(networkId, name, collect());
    notifySuccess(t, t('map.views.saved', { name }));
    onSaved(view);
  };

  const openSaveDialog = (): void =>
    void openFormModal({
      t,
      title: t('map.views.saveTitle'),
      children: (
        <NameForm
          label={t('map.views.name')}
          hint={t('map.views.saveHint')}
          initialName={current?.name ?? ''}
          onSubmit={save}
        />
      ),
    });

  const archive = (view: MapView): void =>
    void reportFailure(t, async () => {
      await commands.archiveView(view.id);
      notifySuccess(t, t('map.views.deleted', { name: view.name }));
    });

  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Select
        label={t('map.views')}
        placeholder={views && views.length === 0 ? t('map.views.none') : t('map.views.placeholder')}
        data={(views ?? []).map((view) => ({ value: view.id, label: view.name }))}
        value={currentViewId}
        onChange={(id) => {
          const view = views?.find((candidate) => candidate.id === id);
          if (view) onOpen(view);
        }}
        disabled={!views || views.length === 0}
        w={220}
      />
      {current && (
        <IconButton
          variant="default"
          size="lg"
          mb={1}
          label={t('map.views.delete')}
          onClick={() => archive(current)}
        >
          <IconArchive size={18} />
        </IconButton>
      )}
      <Button
        variant="default"
        leftSection={<IconDeviceFloppy size={18} />}
        onClick={openSaveDialog}
      >
        {t('map.views.save')}
      </Button>
    </Group>
  );
}
