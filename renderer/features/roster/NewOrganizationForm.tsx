import { Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  membershipRoles,
  organizationTypes,
  type MembershipRole,
  type OrganizationType,
} from '../../../shared/domain';
import { label } from '../../app/labels';
import { notifySuccess, reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';

type NewOrganizationFormProps = {
  /** The network the organization joins. */
  networkId: string;
  /** Called after creation or on cancel. */
  onDone: () => void;
};

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Adds an organization to the roster and to the network in one transaction. */
export function NewOrganizationForm({ networkId, onDone }: NewOrganizationFormProps) {
  const { t, db, repositories } = useRegia();
  const form = useForm({
    initialValues: {
      name: '',
      type: 'comune' as OrganizationType,
      comune: '',
      provincia: '',
      email: '',
      role: 'partner' as MembershipRole,
      votingRight: true,
    },
    validate: {
      name: (value) => (value.trim() ? null : t('common.required')),
      email: (value) => (value === '' || emailPattern.test(value) ? null : t('error.validation')),
      provincia: (value) =>
        value === '' || /^[A-Za-z]{2}$/.test(value) ? null : t('error.validation'),
    },
  });
  const submit = form.onSubmit((values) =>
    reportFailure(t, async () => {
      const organization = await db.transaction(
        'rw',
        [db.organizations, db.memberships, db.auditEntries],
        async () => {
          const created = await repositories.organizations.create({
            name: values.name,
            type: values.type,
            comune: values.comune,
            provincia: values.provincia.toUpperCase(),
            email: values.email,
          });
          await repositories.memberships.create({
            networkId,
            organizationId: created.id,
            role: values.role,
            votingRight: values.votingRight,
          });
          return created;
        },
      );
      notifySuccess(t, t('roster.organizationCreated', { name: organization.name }));
      onDone();
    }),
  );
  return (
    <form onSubmit={submit}>
      <Stack>
        <TextInput
          label={t('common.name')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Select
          label={t('common.type')}
          allowDeselect={false}
          searchable
          data={organizationTypes.map((type) => ({
            value: type,
            label: label.organizationType(t, type),
          }))}
          {...form.getInputProps('type')}
        />
        <Group grow>
          <TextInput label={t('roster.comune')} {...form.getInputProps('comune')} />
          <TextInput
            label={t('roster.provincia')}
            maxLength={2}
            {...form.getInputProps('provincia')}
          />
        </Group>
        <TextInput label={t('roster.email')} type="email" {...form.getInputProps('email')} />
        <Group grow align="end">
          <Select
            label={t('common.role')}
            allowDeselect={false}
            data={membershipRoles.map((role) => ({
              value: role,
              label: label.membershipRole(t, role),
            }))}
            {...form.getInputProps('role')}
          />
          <Checkbox
            label={t('roster.votingRight')}
            {...form.getInputProps('votingRight', { type: 'checkbox' })}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit">{t('common.create')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
