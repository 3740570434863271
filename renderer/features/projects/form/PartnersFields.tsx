import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useRegia } from '../../../app/RegiaContext';
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
    <Stack gap="xs">
      <Text fw={600}>{t('projects.field.partners')}</Text>
      {form.values.partners.map((partner, index) => {
        const number = index + 1;
        return (
          <Group key={form.key(`partners.${index}`)} align="flex-end" wrap="nowrap">
            <Select
              style={{ flex: 3 }}
              label={`${t('projects.field.partner')} ${number}`}
              data={organizations}
              searchable
              {...form.getInputProps(`partners.${index}.organizationId`)}
            />
            <TextInput
              style={{ flex: 2 }}
              label={`${t('projects.field.role')} ${number}`}
              {...form.getInputProps(`partners.${index}.role`)}
            />
            <NumberInput
              style={{ flex: 2 }}
              label={`${t('projects.field.budgetShare')} ${number}`}
              min={0}
              decimalScale={2}
              thousandSeparator="."
              decimalSeparator=","
              {...form.getInputProps(`partners.${index}.budgetShare`)}
            />
            <Checkbox
              mb={8}
              label={`${t('projects.field.isLead')} ${number}`}
              {...form.getInputProps(`partners.${index}.lead`, { type: 'checkbox' })}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={`${t('projects.remove')} ${t('projects.partnerNumber', { number })}`}
              onClick={() => form.removeListItem('partners', index)}
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
            form.insertListItem('partners', {
              organizationId: null,
              role: t('projects.defaultRole'),
              budgetShare: 0,
              // A project's first partner is usually its capofila.
              lead: !form.values.partners.some((row) => row.lead),
            })
          }
        >
          {t('projects.addPartner')}
        </Button>
      </Group>
    </Stack>
  );
}
