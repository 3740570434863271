import { Checkbox, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { agendaItemKinds, type AgendaItemKind } from '../../../../shared/domain';
import { meetingTextMaxLength } from '../../../../shared/meetings';
import { label } from '../../../app/labels';
import { notifyError } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { FormFooter, GuardedForm, useAutosavedText } from '../../../ui';
import type { AgendaItemValues } from './agendaWrites';
import { presenterFields, presenterOptions, presenterValue } from './presenterOptions';
import type { NetworkDirectory } from './useNetworkDirectory';

/** How an existing item's description is saved as it is typed. */
export type DescriptionAutosave = {
  /** Names the text across reloads. */
  draftKey: string;
  save: (description: string) => Promise<unknown>;
};

type AgendaItemFormProps = {
  /** The values to start from: an existing item's, or the defaults of a new one. */
  initialValues: AgendaItemValues;
  directory: NetworkDirectory;
  onSubmit: (values: AgendaItemValues) => Promise<void>;
  submitLabel: string;
  /** For an existing item: its description is saved as typed, not only with the form. */
  descriptionAutosave?: DescriptionAutosave;
};

const noAutosave: DescriptionAutosave = {
  draftKey: 'agendaItem:new:description',
  save: () => Promise.resolve(),
};

/** The fields of an agenda item: title, kind, presenter, planned minutes, description. */
export function AgendaItemForm(props: AgendaItemFormProps) {
  const { initialValues, directory, onSubmit, submitLabel, descriptionAutosave } = props;
  const { t } = useRegia();
  const form = useForm({
    initialValues: {
      title: initialValues.title,
      kind: initialValues.kind,
      presenter: presenterValue(initialValues),
      plannedMinutes: initialValues.plannedMinutes,
      description: initialValues.description,
      recurring: initialValues.recurring,
    },
    validate: {
      title: (value) => (value.trim() ? null : t('common.required')),
      plannedMinutes: (value) =>
        Number.isInteger(value) && value >= 0 && value <= 600 ? null : t('common.required'),
    },
  });
  // An existing item's description is written as it is typed; a new item's waits for the form.
  const autosave = descriptionAutosave ?? noAutosave;
  const description = useAutosavedText({
    draftKey: autosave.draftKey,
    value: initialValues.description,
    save: descriptionAutosave ? autosave.save : () => Promise.resolve(),
    onError: (error) => notifyError(t, error),
  });
  const descriptionProps = descriptionAutosave
    ? description.inputProps
    : form.getInputProps('description');
  const changed =
    form.isDirty('title') ||
    form.isDirty('kind') ||
    form.isDirty('presenter') ||
    form.isDirty('plannedMinutes') ||
    form.isDirty('recurring') ||
    (!descriptionAutosave && form.isDirty('description'));
  return (
    <GuardedForm
      form={form}
      dirty={changed}
      onSubmit={async (values) => {
        if (descriptionAutosave) await description.flush();
        await onSubmit({
          title: values.title.trim(),
          kind: values.kind,
          plannedMinutes: values.plannedMinutes,
          description: descriptionAutosave ? description.text : values.description,
          recurring: values.recurring,
          ...presenterFields(directory, values.presenter),
        });
      }}
    >
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
          maxLength={meetingTextMaxLength}
          {...descriptionProps}
        />
        <Checkbox
          label={t('meetings.item.recurring')}
          {...form.getInputProps('recurring', { type: 'checkbox' })}
        />
        <FormFooter submitLabel={submitLabel} />
      </Stack>
    </GuardedForm>
  );
}
