import { Button, Group, Menu, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { IconBookmark, IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import type { ActionFilter } from '../../../shared/actions';
import { notifySuccess, reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';
import { useSavedFilterCommands, useSavedFilters } from './useActionData';

type SaveFilterFormProps = { onSave: (name: string) => Promise<unknown>; onCancel: () => void };

function SaveFilterForm({ onSave, onCancel }: SaveFilterFormProps) {
  const { t } = useRegia();
  const form = useForm({
    initialValues: { name: '' },
    validate: { name: (value) => (value.trim() ? null : t('common.required')) },
  });
  return (
    <form onSubmit={form.onSubmit((values) => void onSave(values.name))}>
      <Stack>
        <TextInput
          label={t('actions.saved.name')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit">{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

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
  const openSave = (): void => {
    const modalId = modals.open({
      title: t('actions.saved.save'),
      closeButtonProps: { 'aria-label': t('common.close') },
      children: (
        <SaveFilterForm
          onCancel={() => modals.close(modalId)}
          onSave={(name) =>
            reportFailure(t, async () => {
              const entry = await commands.save(networkId, name, filter);
              notifySuccess(t, t('actions.saved.saved', { name: entry.name }));
              modals.close(modalId);
            })
          }
        />
      ),
    });
  };
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
