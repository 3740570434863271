import { Button, Group, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { meetingKinds, type Meeting, type MeetingKind } from '../../../../shared/domain';
import { contactFullName, numberingFor } from '../../../../shared/meetings';
import { label } from '../../../app/labels';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import type { NetworkDirectory } from './useNetworkDirectory';

type MeetingDetailsFormProps = {
  meeting: Meeting;
  directory: NetworkDirectory;
  onDone: () => void;
};

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Edits when and where a meeting is held, who presides, who takes the minutes, who is invited. */
export function MeetingDetailsForm({ meeting, directory, onDone }: MeetingDetailsFormProps) {
  const { t, db, repositories } = useRegia();
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
    },
    validate: {
      date: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : t('common.required')),
      startTime: (value) => (value === '' || timePattern.test(value) ? null : t('common.required')),
      endTime: (value) => (value === '' || timePattern.test(value) ? null : t('common.required')),
    },
  });
  const contacts = [...directory.contacts.values()].map((contact) => ({
    value: contact.id,
    label: `${contactFullName(contact)} (${directory.organizations.get(contact.organizationId)?.name ?? ''})`,
  }));
  const members = [...directory.organizations.values()]
    .toSorted((a, b) => a.name.localeCompare(b.name, 'it'))
    .map((organization) => ({ value: organization.id, label: organization.name }));
  const submit = form.onSubmit((values) =>
    reportFailure(t, async () => {
      await db.transaction('rw', [db.meetings, db.auditEntries], async () => {
        const ofNetwork = await db.meetings
          .where('[networkId+date]')
          .between([meeting.networkId, ''], [meeting.networkId, '\uffff'])
          .toArray();
        await repositories.meetings.update(meeting.id, {
          ...values,
          ...numberingFor(ofNetwork, values.date, meeting),
          startTime: values.startTime || null,
          endTime: values.endTime || null,
        });
      });
      notifySuccess(t, t('meetings.details.saved'));
      onDone();
    }),
  );
  return (
    <form onSubmit={submit}>
      <Stack>
        <TextInput
          label={t('meetings.field.title')}
          data-autofocus
          {...form.getInputProps('title')}
        />
        <Select
          label={t('meetings.kind')}
          allowDeselect={false}
          data={meetingKinds.map((kind) => ({ value: kind, label: label.meetingKind(t, kind) }))}
          {...form.getInputProps('kind')}
          onChange={(value) => {
            const kind = meetingKinds.find((candidate) => candidate === value);
            if (kind) form.setFieldValue('kind', kind satisfies MeetingKind);
          }}
        />
        <Group grow>
          <TextInput
            type="date"
            label={t('common.date')}
            withAsterisk
            {...form.getInputProps('date')}
          />
          <TextInput type="time" label={t('meetings.time')} {...form.getInputProps('startTime')} />
          <TextInput
            type="time"
            label={t('meetings.field.endTime')}
            {...form.getInputProps('endTime')}
          />
        </Group>
        <TextInput label={t('meetings.place')} {...form.getInputProps('place')} />
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit">{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
