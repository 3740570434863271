import { Checkbox, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useRegia } from '../../../app/RegiaContext';
import { MoneyInput, RepeatableRows } from '../../../ui';
import type { ProjectFormValues } from './projectFormValues';

/** The funding sources of a project (regional funds, co-funding), with their amounts. */
export function FundingFields({ form }: { form: UseFormReturnType<ProjectFormValues> }) {
  const { t } = useRegia();
  return (
    <RepeatableRows
      title={t('projects.field.funding')}
      rows={form.values.fundingSources}
      rowKey={(_source, index) => form.key(`fundingSources.${index}`)}
      columns={[
        {
          label: t('projects.field.sourceName'),
          flex: 3,
          render: (_source, index, label) => (
            <TextInput label={label} {...form.getInputProps(`fundingSources.${index}.name`)} />
          ),
        },
        {
          label: t('projects.field.sourceAmount'),
          flex: 2,
          render: (_source, index, label) => (
            <MoneyInput label={label} {...form.getInputProps(`fundingSources.${index}.amount`)} />
          ),
        },
        {
          label: t('projects.cofinancing.source'),
          flex: 2,
          render: (_source, index, label) => (
            <Checkbox
              mb={8}
              label={label}
              {...form.getInputProps(`fundingSources.${index}.cofinancing`, { type: 'checkbox' })}
            />
          ),
        },
      ]}
      addLabel={t('projects.addSource')}
      onAdd={() =>
        form.insertListItem('fundingSources', { name: '', amount: 0, cofinancing: false })
      }
      removeLabel={(number) => `${t('projects.remove')} ${t('projects.sourceNumber', { number })}`}
      onRemove={(index) => form.removeListItem('fundingSources', index)}
    />
  );
}
