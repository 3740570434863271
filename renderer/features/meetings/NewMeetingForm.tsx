import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { meetingKinds, type MeetingKind } from '../../../shared/domain';
import { numberingFor } from '../../../shared/meetings';
import { todayIsoDate } from '../../app/formatting';
import { label } from '../../app/labels';
import { notifySuccess, reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';

type NewMeetingFormProps = {
  /** The network the meeting belongs to. */
  networkId: string;
  /** Called after creation or on cancel. */
  onDone: () => void;
  /** Called with the new meeting's id (the modal lives outside the router, so the page navigates). */
  onCreated: (meetingId: string) => void;
};

/** Creates a meeting in draft, numbered within its year. */
export function NewMeetingForm({ networkId, onDone, onCreated }: NewMeetingFormProps) {
  const { t, db, repositories } = useRegia();
  const form = useForm({
    initialValues: {
      title: '',
      date: todayIsoDate(),
      startTime: '10:00',
      kind: 'ordinaria' as MeetingKind,
      place: '',
    },
    validate: {
      date: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : t('common.required')),
    },
  });
  const submit = form.onSubmit((values) =>
    reportFailure(t, async () => {
      const created = await db.transaction('rw', [db.meetings, db.auditEntries], async () => {
        const ofNetwork = await db.meetings
          .where('[networkId+date]')
          .between([networkId, ''], [networkId, '\uffff'])
          .toArray();
        return repositories.meetings.create({
          networkId,
          ...numberingFor(ofNetwork, values.date),
          kind: values.kind,
          status: 'bozza',
          title: values.title,
          date: values.date,
          startTime: values.startTime || null,
          place: values.place,
        });
      });
      notifySuccess(t, t('meetings.created'));
      onDone();
      onCreated(created.id);
    }),
  );
  return (
    <form onSubmit={submit}>
      <Stack>
        <TextInput
          label={t('actions.titleField')}
          data-autofocus
          {...form.getInputProps('title')}
        />
        <Group grow>
          <TextInput
            type="date"
            label={t('common.date')}
            withAsterisk
            {...form.getInputProps('date')}
          />
          <TextInput type="time" label={t('meetings.time')} {...form.getInputProps('startTime')} />
        </Group>
        <Select
          label={t('meetings.kind')}
          data={meetingKinds.map((kind) => ({ value: kind, label: label.meetingKind(t, kind) }))}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        <TextInput label={t('meetings.place')} {...form.getInputProps('place')} />
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
