import { Button, Grid, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Contact } from '../../../../shared/domain';
import { contactFieldProblems } from '../../../../shared/roster';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { contactFullName } from '../../../../shared/roster';
import { problemMessages } from '../problemMessage';

type ContactFormProps = {
  /** The organization the contact belongs to. */
  organizationId: string;
  /** The contact to edit; a new one is created when absent. */
  contact?: Contact;
  /** Called after saving or on cancel. */
  onDone: () => void;
};

type ContactFormValues = {
  firstName: string;
  lastName: string;
  role: string;
  email: string;
  phone: string;
  notes: string;
};

/** Creates or edits a referente of an organization. */
export function ContactForm({ organizationId, contact, onDone }: ContactFormProps) {
  const { t, repositories } = useRegia();
  const form = useForm<ContactFormValues>({
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
  const submit = form.onSubmit((values) =>
    reportFailure(t, async () => {
      const draft = {
        firstName: values.firstName.trim(),
        lastName: values.lastName.trim(),
        role: values.role.trim(),
        email: values.email.trim(),
        phone: values.phone.trim(),
        notes: values.notes.trim(),
      };
      const saved = contact
        ? await repositories.contacts.update(contact.id, draft)
        : await repositories.contacts.create({ ...draft, organizationId });
      const message = contact ? 'roster.contact.updated' : 'roster.contact.created';
      notifySuccess(t, t(message, { name: contactFullName(saved) }));
      onDone();
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
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
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('roster.field.email')}
              type="email"
              {...form.getInputProps('email')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('roster.field.phone')}
              type="tel"
              {...form.getInputProps('phone')}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea
              label={t('roster.field.notes')}
              autosize
              minRows={2}
              {...form.getInputProps('notes')}
            />
          </Grid.Col>
        </Grid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit">{contact ? t('common.save') : t('common.create')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
