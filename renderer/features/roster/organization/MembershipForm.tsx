import { Checkbox, Grid, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  membershipRoles,
  type Contact,
  type Membership,
  type MembershipRole,
  type Network,
} from '../../../../shared/domain';
import { contactFullName, membershipPeriodProblems } from '../../../../shared/roster';
import { label } from '../../../app/labels';
import { notifySuccess } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { ChoiceSelect, FormFooter, GuardedForm } from '../../../ui';
import { problemMessages } from '../problemMessage';
import { useRosterCommands } from '../useRosterData';

type MembershipFormProps = {
  /** The organization that joins. */
  organizationId: string;
  /** The membership to edit; a new one is created when absent. */
  membership?: Membership;
  /** Networks the organization may join (for a new membership). */
  networks: Network[];
  /** The organization's active contacts: its possible representatives and delegates. */
  contacts: Contact[];
};

type MembershipFormValues = {
  networkId: string | null;
  role: MembershipRole;
  votingRight: boolean;
  from: string;
  to: string;
  representativeContactIds: string[];
  delegateContactIds: string[];
};

/** Records or edits an organization's membership of a network. */
export function MembershipForm(props: MembershipFormProps) {
  const { organizationId, membership, networks, contacts } = props;
  const { t } = useRegia();
  const commands = useRosterCommands();
  const form = useForm<MembershipFormValues>({
    initialValues: {
      networkId: membership?.networkId ?? networks[0]?.id ?? null,
      role: membership?.role ?? 'partner',
      votingRight: membership?.votingRight ?? true,
      from: membership?.from ?? '',
      to: membership?.to ?? '',
      representativeContactIds: membership?.representativeContactIds ?? [],
      delegateContactIds: membership?.delegateContactIds ?? [],
    },
    validate: (values) => ({
      ...(values.networkId ? {} : { networkId: t('roster.problem.required') }),
      ...problemMessages(
        t,
        membershipPeriodProblems({ from: values.from || null, to: values.to || null }),
      ),
    }),
  });
  const contactOptions = contacts.map((contact) => ({
    value: contact.id,
    label: contactFullName(contact),
  }));
  const save = async (values: MembershipFormValues): Promise<void> => {
    const fields = {
      role: values.role,
      votingRight: values.votingRight,
      from: values.from || null,
      to: values.to || null,
      representativeContactIds: values.representativeContactIds,
      delegateContactIds: values.delegateContactIds,
    };
    const networkId = membership?.networkId ?? values.networkId ?? '';
    await commands.saveMembership(
      { organizationId, networkId, membershipId: membership?.id ?? null },
      fields,
    );
    const network = networks.find((entry) => entry.id === networkId)?.name ?? '';
    notifySuccess(
      t,
      t(membership ? 'roster.membership.updated' : 'roster.membership.created', { network }),
    );
  };
  return (
    <GuardedForm form={form} onSubmit={save} noValidate>
      <Stack>
        <Grid>
          <Grid.Col span={12}>
            <Select
              label={t('roster.field.networkId')}
              allowDeselect={false}
              disabled={Boolean(membership)}
              data={networks.map((network) => ({ value: network.id, label: network.name }))}
              {...form.getInputProps('networkId')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <ChoiceSelect
              label={t('roster.field.role')}
              choices={membershipRoles}
              labelOf={(role) => label.membershipRole(t, role)}
              {...form.getInputProps('role')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }} style={{ alignSelf: 'end' }}>
            <Checkbox
              label={t('roster.field.votingRight')}
              mb={8}
              {...form.getInputProps('votingRight', { type: 'checkbox' })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput type="date" label={t('roster.field.from')} {...form.getInputProps('from')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput type="date" label={t('roster.field.to')} {...form.getInputProps('to')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <MultiSelect
              label={t('roster.field.representativeContactIds')}
              data={contactOptions}
              description={contacts.length === 0 ? t('roster.membership.noContactsYet') : undefined}
              searchable
              clearable
              {...form.getInputProps('representativeContactIds')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <MultiSelect
              label={t('roster.field.delegateContactIds')}
              data={contactOptions}
              searchable
              clearable
              {...form.getInputProps('delegateContactIds')}
            />
          </Grid.Col>
        </Grid>
        <FormFooter submitLabel={membership ? t('common.save') : t('common.create')} />
      </Stack>
    </GuardedForm>
  );
}
