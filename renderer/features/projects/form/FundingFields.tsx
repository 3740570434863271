import { ActionIcon, Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useRegia } from '../../../app/RegiaContext';
import type { ProjectFormValues } from './projectFormValues';

/** The funding sources of a project (regional funds, co-funding), with their amounts. */
export function FundingFields({ form }: { form: UseFormReturnType<ProjectFormValues> }) {
  const { t } = useRegia();
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('projects.field.funding')}</Text>
      {form.values.fundingSources.map((_source, index) => {
        const number = index + 1;
        return (
          <Group key={form.key(`fundingSources.${index}`)} align="flex-end" wrap="nowrap">
            <TextInput
              style={{ flex: 3 }}
              label={`${t('projects.field.sourceName')} ${number}`}
              {...form.getInputProps(`fundingSources.${index}.name`)}
            />
            <NumberInput
              style={{ flex: 2 }}
              label={`${t('projects.field.sourceAmount')} ${number}`}
              min={0}
              decimalScale={2}
              thousandSeparator="."
              decimalSeparator=","
              {...form.getInputProps(`fundingSources.${index}.amount`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={`${t('projects.remove')} ${t('projects.sourceNumber', { number })}`}
              onClick={() => form.removeListItem('fundingSources', index)}
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
          onClick={() => form.insertListItem('fundingSources', { name: '', amount: 0 })}
        >
          {t('projects.addSource')}
        </Button>
      </Group>
    </Stack>
  );
}
