import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRegia } from '../../app/RegiaContext';

type SaveViewFormProps = {
  /** The name of the saved map open now, offered again so it can be updated. */
  initialName: string;
  onSave: (name: string) => Promise<void>;
  onCancel: () => void;
};

/** Asks for the name of the map to save. */
export function SaveViewForm({ initialName, onSave, onCancel }: SaveViewFormProps) {
  const { t } = useRegia();
  const form = useForm({
    initialValues: { name: initialName },
    validate: { name: (value) => (value.trim() ? null : t('common.required')) },
  });
  return (
    <form onSubmit={form.onSubmit((values) => onSave(values.name.trim()))}>
      <Stack>
        <Text size="sm">{t('map.views.saveHint')}</Text>
        <TextInput
          label={t('map.views.name')}
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
