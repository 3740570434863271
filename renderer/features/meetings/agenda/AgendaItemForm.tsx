import { Button, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { agendaItemKinds, type AgendaItemKind } from '../../../../shared/domain';
import { label } from '../../../app/labels';
import { reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import type { AgendaItemValues } from './agendaWrites';
import { presenterFields, presenterOptions, presenterValue } from './presenterOptions';
import type { NetworkDirectory } from './useNetworkDirectory';

type AgendaItemFormProps = {
  /** The values to start from: an existing item's, or the defaults of a new one. */
  initialValues: AgendaItemValues;
  directory: NetworkDirectory;
  onSubmit: (values: AgendaItemValues) => Promise<void>;
  onCancel: () => void;
  submitLabel: string;
};

/** The fields of an agenda item: title, kind, presenter, planned minutes, description. */
export function AgendaItemForm(props: AgendaItemFormProps) {
  const { initialValues, directory, onSubmit, onCancel, submitLabel } = props;
  const { t } = useRegia();
  const form = useForm({
    initialValues: {
      title: initialValues.title,
      kind: initialValues.kind,
      presenter: presenterValue(initialValues),
      plannedMinutes: initialValues.plannedMinutes,
      description: initialValues.description,
    },
    validate: {
      title: (value) => (value.trim() ? null : t('common.required')),
      plannedMinutes: (value) =>
        Number.isInteger(value) && value >= 0 && value <= 600 ? null : t('common.required'),
    },
  });
  const submit = form.onSubmit((values) =>
    reportFailure(t, () =>
      onSubmit({
        title: values.title.trim(),
        kind: values.kind,
        plannedMinutes: values.plannedMinutes,
        description: values.description,
        ...presenterFields(directory, values.presenter),
      }),
    ),
  );
  return (
    <form onSubmit={submit}>
      <Stack>
        <TextInput
          label={t('meetings.item.title')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('title')}
        />
        <Group grow align="flex-start">
          <Select
            label={t('meetings.item.kind')}
            allowDeselect={false}
            data={agendaItemKinds.map((kind) => ({
              value: kind,
              label: label.agendaItemKind(t, kind),
            }))}
            {...form.getInputProps('kind')}
            onChange={(value) => {
              const kind = agendaItemKinds.find((candidate) => candidate === value);
              if (kind) form.setFieldValue('kind', kind satisfies AgendaItemKind);
            }}
          />
          <NumberInput
            label={t('meetings.item.plannedMinutes')}
            min={0}
            max={600}
            step={5}
            allowDecimal={false}
            {...form.getInputProps('plannedMinutes')}
          />
        </Group>
        <Select
          label={t('meetings.item.presenter')}
          description={t('meetings.item.presenterHint')}
          data={presenterOptions(directory)}
          searchable
          clearable
          nothingFoundMessage={t('meetings.item.noPresenter')}
          {...form.getInputProps('presenter')}
        />
        <Textarea
          label={t('meetings.item.description')}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('description')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit">{submitLabel}</Button>
        </Group>
      </Stack>
    </form>
  );
}
