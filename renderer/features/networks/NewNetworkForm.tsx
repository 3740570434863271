import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRegia } from '../../app/RegiaContext';
import { notifySuccess, reportFailure } from '../../app/notify';
import { useCreateNetworkCommand } from './useCreateNetworkCommand';

type NewNetworkFormProps = {
  /** Called after the network is created, or when the user cancels. */
  onDone: () => void;
};

/** Creates a network (cabina di regia) and makes it the current one. */
export function NewNetworkForm({ onDone }: NewNetworkFormProps) {
  const { t } = useRegia();
  const createNetwork = useCreateNetworkCommand();
  const form = useForm({
    initialValues: { name: '', territory: '', programme: '' },
    validate: { name: (value) => (value.trim() ? null : t('common.required')) },
  });
  const submit = form.onSubmit((values) =>
    reportFailure(t, async () => {
      const network = await createNetwork(values);
      notifySuccess(t, t('network.created', { name: network.name }));
      onDone();
    }),
  );
  return (
    <form onSubmit={submit}>
      <Stack>
        <TextInput
          label={t('network.name')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('name')}
        />
        <TextInput label={t('network.territory')} {...form.getInputProps('territory')} />
        <TextInput label={t('network.programme')} {...form.getInputProps('programme')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit">{t('common.create')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
