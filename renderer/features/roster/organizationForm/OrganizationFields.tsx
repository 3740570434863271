import { Grid, Select, TagsInput, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { organizationTypes } from '../../../../shared/domain';
import { label } from '../../../app/labels';
import { useRegia } from '../../../app/RegiaContext';
import { ContactChannelFields } from '../fields/ContactChannelFields';
import { NotesField } from '../fields/NotesField';
import { ComuneField } from './ComuneField';
import type { OrganizationFormValues } from './organizationFormValues';

type OrganizationFieldsProps = {
  /** The form the fields belong to. */
  form: UseFormReturnType<OrganizationFormValues>;
  /** Areas of work already used, offered as suggestions. */
  knownAreas: string[];
};

/** The fields of an organization, in two columns on wide screens. */
export function OrganizationFields({ form, knownAreas }: OrganizationFieldsProps) {
  const { t } = useRegia();
  return (
    <Grid>
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <TextInput
          label={t('roster.field.name')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('name')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <Select
          label={t('roster.field.type')}
          allowDeselect={false}
          searchable
          data={organizationTypes.map((type) => ({
            value: type,
            label: label.organizationType(t, type),
          }))}
          {...form.getInputProps('type')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label={t('roster.field.taxCode')}
          autoComplete="off"
          {...form.getInputProps('taxCode')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label={t('roster.field.vatNumber')}
          inputMode="numeric"
          autoComplete="off"
          {...form.getInputProps('vatNumber')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <ComuneField
          value={form.values.comune}
          onChange={(value) => form.setFieldValue('comune', value)}
          provincia={form.values.provincia}
          onProvincia={(sigla) => {
            form.setFieldValue('provincia', sigla);
            form.clearFieldError('provincia');
          }}
          error={form.errors.comune}
          onBlur={() => form.validateField('comune')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput
          label={t('roster.field.provincia')}
          maxLength={2}
          autoComplete="off"
          {...form.getInputProps('provincia')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput label={t('roster.field.address')} {...form.getInputProps('address')} />
      </Grid.Col>
      <ContactChannelFields form={form} withOrganizationChannels />
      <Grid.Col span={12}>
        <TagsInput
          label={t('roster.field.areasOfWork')}
          placeholder={t('roster.form.areasPlaceholder')}
          data={knownAreas}
          clearable
          {...form.getInputProps('areasOfWork')}
        />
      </Grid.Col>
      <NotesField form={form} />
    </Grid>
  );
}
