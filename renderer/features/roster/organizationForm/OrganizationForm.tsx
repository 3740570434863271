import { Checkbox, Divider, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { membershipRoles, type Organization } from '../../../../shared/domain';
import { label } from '../../../app/labels';
import { notifySuccess } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { ChoiceSelect, FormFooter, GuardedForm, useFormModal } from '../../../ui';
import { DuplicateWarning } from './DuplicateWarning';
import { OrganizationFields } from './OrganizationFields';
import {
  organizationFormValues,
  validateOrganizationForm,
  type OrganizationFormValues,
} from './organizationFormValues';
import { useNetworkRecord, useOrganizations, useRosterCommands } from '../useRosterData';
import { useDuplicateMatches } from './useDuplicateMatches';

type OrganizationFormProps = {
  /** The organization to edit; a new one is created when absent. */
  organization?: Organization;
  /** The network a new organization joins. */
  networkId?: string | null;
};

/** Creates or edits an organization, validating every field and warning about duplicates. */
export function OrganizationForm({ organization, networkId }: OrganizationFormProps) {
  const { t } = useRegia();
  const commands = useRosterCommands();
  const modal = useFormModal();
  const form = useForm<OrganizationFormValues>({
    initialValues: organizationFormValues(organization),
    validate: (values) => validateOrganizationForm(t, values),
    validateInputOnBlur: true,
  });
  const isNew = !organization;
  const organizations = useOrganizations();
  const matches = useDuplicateMatches(organizations, { ...form.values, id: organization?.id });
  const network = useNetworkRecord(networkId);
  const knownAreas = useMemo(
    () =>
      [...new Set((organizations ?? []).flatMap((entry) => entry.areasOfWork))].sort((a, b) =>
        a.localeCompare(b, 'it'),
      ),
    [organizations],
  );

  const save = async (values: OrganizationFormValues): Promise<void> => {
    if (organization) {
      const saved = await commands.updateOrganization(organization.id, values);
      notifySuccess(t, t('roster.organizationUpdated', { name: saved.name }));
      return;
    }
    const membership = networkId
      ? { networkId, role: values.role, votingRight: values.votingRight }
      : null;
    const saved = await commands.createOrganization(values, membership);
    notifySuccess(t, t('roster.organizationCreated', { name: saved.name }));
  };

  return (
    <GuardedForm form={form} onSubmit={save} noValidate>
      <Stack>
        <OrganizationFields form={form} knownAreas={knownAreas} />
        {isNew && network && (
          <>
            <Divider label={t('roster.form.membershipSection', { network: network.name })} />
            <Group grow align="end">
              <ChoiceSelect
                label={t('roster.field.role')}
                choices={membershipRoles}
                labelOf={(role) => label.membershipRole(t, role)}
                {...form.getInputProps('role')}
              />
              <Checkbox
                label={t('roster.field.votingRight')}
                {...form.getInputProps('votingRight', { type: 'checkbox' })}
              />
            </Group>
          </>
        )}
        {isNew && <DuplicateWarning matches={matches} onOpen={modal?.close} />}
        <FormFooter
          submitLabel={
            !isNew
              ? t('common.save')
              : matches.length > 0
                ? t('roster.form.createAnyway')
                : t('common.create')
          }
        />
      </Stack>
    </GuardedForm>
  );
}
