import { Button, Menu } from '@mantine/core';
import { IconBookmark, IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import type { ActionFilter } from '../../../shared/actions';
import { notifySuccess, reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';
import { NameForm, openFormModal } from '../../ui';
import { useSavedFilterCommands, useSavedFilters } from './useActionData';

type SavedFiltersMenuProps = {
  networkId: string;
  /** The filter saved by "save". */
  filter: ActionFilter;
  onApply: (filter: ActionFilter) => void;
};

/** Saved filters of the network: apply one, save the current filters under a name, delete one. */
export function SavedFiltersMenu({ networkId, filter, onApply }: SavedFiltersMenuProps) {
  const { t } = useRegia();
  const commands = useSavedFilterCommands();
  const saved = useSavedFilters(networkId) ?? [];
  const openSave = (): void =>
    void openFormModal({
      t,
      title: t('actions.saved.save'),
      children: (
        <NameForm
          label={t('actions.saved.name')}
          onSubmit={async (name) => {
            const entry = await commands.save(networkId, name, filter);
            notifySuccess(t, t('actions.saved.saved', { name: entry.name }));
          }}
        />
      ),
    });
  const remove = (id: string, name: string): Promise<unknown> =>
    reportFailure(t, async () => {
      await commands.remove(id);
      notifySuccess(t, t('actions.saved.deleted', { name }));
    });
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconBookmark size={16} />}>
          {t('actions.saved.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {saved.length === 0 && <Menu.Label>{t('actions.saved.none')}</Menu.Label>}
        {saved.map((entry) => (
          <Menu.Item key={entry.id} onClick={() => onApply(entry.filter)}>
            {t('actions.saved.apply', { name: entry.name })}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconDeviceFloppy size={16} />} onClick={openSave}>
          {t('actions.saved.save')}
        </Menu.Item>
        {saved.length > 0 && <Menu.Divider />}
        {saved.map((entry) => (
          <Menu.Item
            key={`delete-${entry.id}`}
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => void remove(entry.id, entry.name)}
          >
            {t('actions.saved.delete', { name: entry.name })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
