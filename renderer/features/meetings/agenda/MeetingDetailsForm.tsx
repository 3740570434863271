import { Group, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Meeting } from '../../../../shared/domain';
import { contactFullName, isPastMeetingDate } from '../../../../shared/meetings';
import { useRegia } from '../../../app/RegiaContext';
import { useToday } from '../../../app/useToday';
import { FormFooter, GuardedForm } from '../../../ui';
import { scheduleErrors, submitOrShowRefusal } from '../meetingFormErrors';
import { MeetingScheduleFields } from '../MeetingScheduleFields';
import type { DateCheck, MeetingValues } from '../meetingWrites';
import type { NetworkDirectory } from './useNetworkDirectory';

type MeetingDetailsFormProps = {
  meeting: Meeting;
  /** Every member and referente of the network, to choose the invited, president and secretary. */
  directory: NetworkDirectory;
  /** Saves the details (through the meetings' commands); a refusal shows on the fields. */
  onSubmit: (values: MeetingValues, check: DateCheck) => Promise<void>;
};

/** Edits when and where a meeting is held, who presides, who takes the minutes, who is invited. */
export function MeetingDetailsForm({ meeting, directory, onSubmit }: MeetingDetailsFormProps) {
  const { t } = useRegia();
  const today = useToday();
  const form = useForm({
    initialValues: {
      title: meeting.title,
      kind: meeting.kind,
      date: meeting.date,
      startTime: meeting.startTime ?? '',
      endTime: meeting.endTime ?? '',
      place: meeting.place,
      onlineLink: meeting.onlineLink,
      presidentContactId: meeting.presidentContactId,
      secretaryContactId: meeting.secretaryContactId,
      invitedOrganizationIds: meeting.invitedOrganizationIds,
      pastDateConfirmed: false,
    },
    validate: (values) => scheduleErrors(t, values, today, values.date !== meeting.date),
  });
  const contacts = [...directory.contacts.values()].map((contact) => ({
    value: contact.id,
    label: `${contactFullName(contact)} (${directory.organizations.get(contact.organizationId)?.name ?? ''})`,
  }));
  const members = [...directory.organizations.values()]
    .toSorted((a, b) => a.name.localeCompare(b.name, 'it'))
    .map((organization) => ({ value: organization.id, label: organization.name }));
  const askPast = form.values.date !== meeting.date && isPastMeetingDate(form.values.date, today);
  return (
    <GuardedForm
      form={form}
      onSubmit={({ pastDateConfirmed, ...values }) =>
        submitOrShowRefusal(t, form.setErrors, () =>
          onSubmit(
            { ...values, startTime: values.startTime || null, endTime: values.endTime || null },
            { today, pastDateConfirmed },
          ),
        )
      }
    >
      <Stack>
        <MeetingScheduleFields form={form} askPastConfirmation={askPast} />
        <TextInput
          label={t('meetings.field.onlineLink')}
          type="url"
          {...form.getInputProps('onlineLink')}
        />
        <Group grow>
          <Select
            label={t('meetings.field.president')}
            data={contacts}
            searchable
            clearable
            {...form.getInputProps('presidentContactId')}
          />
          <Select
            label={t('meetings.field.secretary')}
            data={contacts}
            searchable
            clearable
            {...form.getInputProps('secretaryContactId')}
          />
        </Group>
        <MultiSelect
          label={t('meetings.field.invited')}
          description={t('meetings.field.invitedHint')}
          data={members}
          searchable
          clearable
          {...form.getInputProps('invitedOrganizationIds')}
        />
        <FormFooter submitLabel={t('common.save')} />
      </Stack>
    </GuardedForm>
  );
}
