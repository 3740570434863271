import { Grid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Contact } from '../../../../shared/domain';
import { contactFieldProblems, contactFullName } from '../../../../shared/roster';
import { notifySuccess } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { FormFooter, GuardedForm } from '../../../ui';
import { ContactChannelFields } from '../fields/ContactChannelFields';
import { NotesField } from '../fields/NotesField';
import { problemMessages } from '../problemMessage';
import type { ContactValues } from '../rosterWrites';
import { useRosterCommands } from '../useRosterData';

type ContactFormProps = {
  /** The organization the contact belongs to. */
  organizationId: string;
  /** The contact to edit; a new one is created when absent. */
  contact?: Contact;
};

/** Creates or edits a referente of an organization. */
export function ContactForm({ organizationId, contact }: ContactFormProps) {
  const { t } = useRegia();
  const commands = useRosterCommands();
  const form = useForm<ContactValues>({
    initialValues: {
      firstName: contact?.firstName ?? '',
      lastName: contact?.lastName ?? '',
      role: contact?.role ?? '',
      email: contact?.email ?? '',
      phone: contact?.phone ?? '',
      notes: contact?.notes ?? '',
    },
    validate: (values) => problemMessages(t, contactFieldProblems(values)),
    validateInputOnBlur: true,
  });
  const save = async (values: ContactValues): Promise<void> => {
    const saved = await commands.saveContact(
      { organizationId, contactId: contact?.id ?? null },
      values,
    );
    const message = contact ? 'roster.contact.updated' : 'roster.contact.created';
    notifySuccess(t, t(message, { name: contactFullName(saved) }));
  };
  return (
    <GuardedForm form={form} onSubmit={save} noValidate>
      <Stack>
        <Grid>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('roster.field.firstName')}
              data-autofocus
              {...form.getInputProps('firstName')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('roster.field.lastName')}
              withAsterisk
              {...form.getInputProps('lastName')}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextInput label={t('roster.field.role')} {...form.getInputProps('role')} />
          </Grid.Col>
          <ContactChannelFields form={form} />
          <NotesField form={form} />
        </Grid>
        <FormFooter submitLabel={contact ? t('common.save') : t('common.create')} />
      </Stack>
    </GuardedForm>
  );
}
