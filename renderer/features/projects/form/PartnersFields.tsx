import { Checkbox, Select, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useRegia } from '../../../app/RegiaContext';
import { MoneyInput, RepeatableRows } from '../../../ui';
import type { Choice } from '../useProjectData';
import type { ProjectFormValues } from './projectFormValues';

type PartnersFieldsProps = {
  form: UseFormReturnType<ProjectFormValues>;
  organizations: Choice[];
};

/** The partners of a project: organization, role, budget share and capofila mark, one row each. */
export function PartnersFields({ form, organizations }: PartnersFieldsProps) {
  const { t } = useRegia();
  return (
    <RepeatableRows
      title={t('projects.field.partners')}
      rows={form.values.partners}
      rowKey={(_partner, index) => form.key(`partners.${index}`)}
      columns={[
        {
          label: t('projects.field.partner'),
          flex: 3,
          render: (_partner, index, label) => (
            <Select
              label={label}
              data={organizations}
              searchable
              {...form.getInputProps(`partners.${index}.organizationId`)}
            />
          ),
        },
        {
          label: t('projects.field.role'),
          flex: 2,
          render: (_partner, index, label) => (
            <TextInput label={label} {...form.getInputProps(`partners.${index}.role`)} />
          ),
        },
        {
          label: t('projects.field.budgetShare'),
          flex: 2,
          render: (_partner, index, label) => (
            <MoneyInput label={label} {...form.getInputProps(`partners.${index}.budgetShare`)} />
          ),
        },
        {
          label: t('projects.field.isLead'),
          flex: 1,
          render: (_partner, index, label) => (
            <Checkbox
              mb={8}
              label={label}
              {...form.getInputProps(`partners.${index}.lead`, { type: 'checkbox' })}
            />
          ),
        },
      ]}
      addLabel={t('projects.addPartner')}
      onAdd={() =>
        form.insertListItem('partners', {
          organizationId: null,
          role: t('projects.defaultRole'),
          budgetShare: 0,
          // A project's first partner is usually its capofila.
          lead: !form.values.partners.some((row) => row.lead),
        })
      }
      removeLabel={(number) => `${t('projects.remove')} ${t('projects.partnerNumber', { number })}`}
      onRemove={(index) => form.removeListItem('partners', index)}
    />
  );
}
