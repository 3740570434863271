import { Select, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { costCategories } from '../../../../shared/domain';
import { useRegia } from '../../../app/RegiaContext';
import { MoneyInput, RepeatableRows } from '../../../ui';
import type { ProjectFormValues } from './projectFormValues';

/** The voci di spesa of a project's plan: category, name and planned amount, one row each. */
export function CostItemsFields({ form }: { form: UseFormReturnType<ProjectFormValues> }) {
  const { t } = useRegia();
  const categories = costCategories.map((category) => ({
    value: category,
    label: t(`projects.costCategory.${category}`),
  }));
  return (
    <RepeatableRows
      title={t('projects.field.costItems')}
      rows={form.values.costItems}
      rowKey={(item) => item.id}
      columns={[
        {
          label: t('projects.costItem.category'),
          flex: 2,
          render: (_item, index, label) => (
            <Select
              label={label}
              data={categories}
              allowDeselect={false}
              {...form.getInputProps(`costItems.${index}.category`)}
            />
          ),
        },
        {
          label: t('projects.costItem.name'),
          flex: 3,
          render: (_item, index, label) => (
            <TextInput label={label} {...form.getInputProps(`costItems.${index}.name`)} />
          ),
        },
        {
          label: t('projects.costItem.planned'),
          flex: 2,
          render: (_item, index, label) => (
            <MoneyInput label={label} {...form.getInputProps(`costItems.${index}.planned`)} />
          ),
        },
      ]}
      addLabel={t('projects.addCostItem')}
      onAdd={() =>
        form.insertListItem('costItems', {
          id: crypto.randomUUID(),
          category: 'personnel',
          name: '',
          planned: 0,
        })
      }
      removeLabel={(number) =>
        `${t('projects.remove')} ${t('projects.costItemNumber', { number })}`
      }
      onRemove={(index) => form.removeListItem('costItems', index)}
    />
  );
}
