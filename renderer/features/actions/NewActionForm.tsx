import { Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { actionPriorities, type ActionPriority } from '../../../shared/domain';
import { label } from '../../app/labels';
import { notifySuccess, reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';
import { useNetworkMembers } from '../roster';

type NewActionFormProps = {
  /** The network the action belongs to. */
  networkId: string;
  /** Called after creation or on cancel. */
  onDone: () => void;
};

/** Creates an action owned by a member of the network. */
export function NewActionForm({ networkId, onDone }: NewActionFormProps) {
  const { t, repositories } = useRegia();
  const members = useNetworkMembers(networkId) ?? [];
  const form = useForm({
    initialValues: {
      title: '',
      description: '',
      ownerOrganizationId: null as string | null,
      dueDate: '',
      priority: 'media' as ActionPriority,
    },
    validate: { title: (value) => (value.trim() ? null : t('common.required')) },
  });
  const submit = form.onSubmit((values) =>
    reportFailure(t, async () => {
      const action = await repositories.actions.create({
        networkId,
        title: values.title,
        description: values.description,
        ownerOrganizationId: values.ownerOrganizationId,
        dueDate: values.dueDate || null,
        status: 'daAvviare',
        priority: values.priority,
        progress: 0,
      });
      notifySuccess(t, t('actions.created', { title: action.title }));
      onDone();
    }),
  );
  return (
    <form onSubmit={submit}>
      <Stack>
        <TextInput
          label={t('actions.titleField')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('common.notes')}
          autosize
          minRows={2}
          {...form.getInputProps('description')}
        />
        <Select
          label={t('actions.owner')}
          searchable
          clearable
          data={members.map(({ organization }) => ({
            value: organization.id,
            label: organization.name,
          }))}
          {...form.getInputProps('ownerOrganizationId')}
        />
        <Group grow>
          <TextInput type="date" label={t('actions.dueDate')} {...form.getInputProps('dueDate')} />
          <Select
            label={t('actions.priority')}
            allowDeselect={false}
            data={actionPriorities.map((priority) => ({
              value: priority,
              label: label.actionPriority(t, priority),
            }))}
            {...form.getInputProps('priority')}
          />
        </Group>
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
