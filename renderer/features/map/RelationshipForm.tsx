import { Group, NumberInput, Select, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  relationshipKinds,
  type Relationship,
  type RelationshipKind,
} from '../../../shared/domain';
import { label } from '../../app/labels';
import { notifySuccess } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';
import { FormFooter, GuardedForm } from '../../ui';
import { useMapCommands } from './useMapData';
import { useNetworkOrganizations } from './useNetworkOrganizations';

/** What the relationship dialog starts from. */
export type RelationshipFormTarget = {
  networkId: string;
  /** The relationship to edit; a new one when absent. */
  relationship?: Relationship;
  /** The organization a new relationship starts from. */
  sourceOrganizationId?: string;
  /** The organization a new relationship goes to. */
  targetOrganizationId?: string;
};

type Values = {
  sourceOrganizationId: string | null;
  targetOrganizationId: string | null;
  kind: RelationshipKind;
  directed: boolean;
  weight: number | string;
  from: string;
  to: string;
  notes: string;
};

/** Creates or edits a relationship between two organizations of a network. */
export function RelationshipForm({
  networkId,
  relationship,
  sourceOrganizationId,
  targetOrganizationId,
}: RelationshipFormTarget) {
  const { t } = useRegia();
  const commands = useMapCommands();
  const organizations =
    useNetworkOrganizations(
      networkId,
      relationship ? [relationship.sourceOrganizationId, relationship.targetOrganizationId] : [],
    ) ?? [];
  const form = useForm<Values>({
    initialValues: {
      sourceOrganizationId: relationship?.sourceOrganizationId ?? sourceOrganizationId ?? null,
      targetOrganizationId: relationship?.targetOrganizationId ?? targetOrganizationId ?? null,
      kind: relationship?.kind ?? 'collaborazione',
      directed: relationship?.directed ?? false,
      weight: relationship?.weight ?? 1,
      from: relationship?.from ?? '',
      to: relationship?.to ?? '',
      notes: relationship?.notes ?? '',
    },
    validate: {
      sourceOrganizationId: (value) => (value ? null : t('common.required')),
      targetOrganizationId: (value, values) =>
        !value
          ? t('common.required')
          : value === values.sourceOrganizationId
            ? t('map.relationship.sameOrganization')
            : null,
      weight: (value) =>
        typeof value === 'number' && value >= 0 && value <= 100
          ? null
          : t('map.problem.invalidStrength'),
      to: (value, values) =>
        value && values.from && value < values.from ? t('map.relationship.endBeforeStart') : null,
    },
  });
  const options = organizations.map((organization) => ({
    value: organization.id,
    label: organization.name,
  }));

  const save = async (values: Values): Promise<void> => {
    const fields = {
      sourceOrganizationId: values.sourceOrganizationId ?? '',
      targetOrganizationId: values.targetOrganizationId ?? '',
      kind: values.kind,
      directed: values.directed,
      weight: Number(values.weight),
      from: values.from || null,
      to: values.to || null,
      notes: values.notes,
    };
    await commands.saveRelationship(
      { networkId, relationshipId: relationship?.id ?? null },
      fields,
    );
    notifySuccess(t, t(relationship ? 'map.relationship.updated' : 'map.relationship.created'));
  };

  return (
    <GuardedForm form={form} onSubmit={save}>
      <Stack>
        <Select
          label={t('map.relationship.source')}
          data={options}
          searchable
          withAsterisk
          data-autofocus
          limit={100}
          {...form.getInputProps('sourceOrganizationId')}
        />
        <Select
          label={t('map.relationship.target')}
          data={options}
          searchable
          withAsterisk
          limit={100}
          {...form.getInputProps('targetOrganizationId')}
        />
        <Group grow align="flex-start">
          <Select
            label={t('map.relationship.kind')}
            allowDeselect={false}
            data={relationshipKinds.map((kind) => ({
              value: kind,
              label: label.relationshipKind(t, kind),
            }))}
            {...form.getInputProps('kind')}
          />
          <NumberInput
            label={t('map.relationship.weight')}
            min={0}
            max={100}
            decimalSeparator=","
            {...form.getInputProps('weight')}
          />
        </Group>
        <Switch
          label={t('map.relationship.directed')}
          {...form.getInputProps('directed', { type: 'checkbox' })}
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('map.relationship.from')}
            {...form.getInputProps('from')}
          />
          <TextInput type="date" label={t('map.relationship.to')} {...form.getInputProps('to')} />
        </Group>
        <Textarea
          label={t('map.relationship.notes')}
          autosize
          minRows={2}
          {...form.getInputProps('notes')}
        />
        <FormFooter submitLabel={relationship ? t('common.save') : t('common.create')} />
      </Stack>
    </GuardedForm>
  );
}
