import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { costCategories } from '../../../../shared/domain';
import { useRegia } from '../../../app/RegiaContext';
import type { ProjectFormValues } from './projectFormValues';

/** The voci di spesa of a project's plan: category, name and planned amount, one row each. */
export function CostItemsFields({ form }: { form: UseFormReturnType<ProjectFormValues> }) {
  const { t } = useRegia();
  const categories = costCategories.map((category) => ({
    value: category,
    label: t(`projects.costCategory.${category}`),
  }));
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('projects.field.costItems')}</Text>
      {form.values.costItems.map((item, index) => {
        const number = index + 1;
        return (
          <Group key={item.id} align="flex-end" wrap="nowrap">
            <Select
              style={{ flex: 2 }}
              label={`${t('projects.costItem.category')} ${number}`}
              data={categories}
              allowDeselect={false}
              {...form.getInputProps(`costItems.${index}.category`)}
            />
            <TextInput
              style={{ flex: 3 }}
              label={`${t('projects.costItem.name')} ${number}`}
              {...form.getInputProps(`costItems.${index}.name`)}
            />
            <NumberInput
              style={{ flex: 2 }}
              label={`${t('projects.costItem.planned')} ${number}`}
              min={0}
              decimalScale={2}
              thousandSeparator="."
              decimalSeparator=","
              {...form.getInputProps(`costItems.${index}.planned`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={`${t('projects.remove')} ${t('projects.costItemNumber', { number })}`}
              onClick={() => form.removeListItem('costItems', index)}
            >
              <IconTrash size={18} />
            </ActionIcon>
          </Group>
        );
      })}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() =>
            form.insertListItem('costItems', {
              id: crypto.randomUUID(),
              category: 'personnel',
              name: '',
              planned: 0,
            })
          }
        >
          {t('projects.addCostItem')}
        </Button>
      </Group>
    </Stack>
  );
}
