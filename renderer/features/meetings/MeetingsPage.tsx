import { Accordion, Badge, Button, Group, List, Loader, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AgendaItem, Meeting } from '../../../shared/domain';
import { formatDate } from '../../app/formatting';
import { label, meetingStatusColor } from '../../app/labels';
import { PageTitle } from '../../app/PageTitle';
import { useRegia } from '../../app/RegiaContext';
import { useCurrentNetwork } from '../../app/useNetworks';
import { NewMeetingForm } from './NewMeetingForm';

type MeetingWithAgenda = Meeting & { agenda: AgendaItem[] };

/** Riunioni: the meetings of the current network, newest first, with their agendas. */
export function MeetingsPage() {
  const { t, db, locale } = useRegia();
  const network = useCurrentNetwork();
  const meetings = useLiveQuery(async (): Promise<MeetingWithAgenda[]> => {
    const rows = await db.meetings
      .where('[networkId+date]')
      .between([network.id, ''], [network.id, '\uffff'])
      .reverse()
      .toArray();
    const items = await db.agendaItems
      .where('meetingId')
      .anyOf(rows.map((row) => row.id))
      .toArray();
    return rows.map((meeting) => ({
      ...meeting,
      agenda: items
        .filter((item) => item.meetingId === meeting.id)
        .sort((a, b) => a.order - b.order),
    }));
  }, [db, network.id]);

  const openNewMeeting = (): void => {
    const modalId = modals.open({
      title: t('meetings.new'),
      children: <NewMeetingForm networkId={network.id} onDone={() => modals.close(modalId)} />,
    });
  };

  return (
    <Stack>
      <PageTitle title={t('meetings.title')}>
        <Button leftSection={<IconPlus size={18} />} onClick={openNewMeeting}>
          {t('meetings.new')}
        </Button>
      </PageTitle>
      {!meetings ? (
        <Loader aria-label={t('common.loading')} />
      ) : meetings.length === 0 ? (
        <Text>{t('meetings.empty')}</Text>
      ) : (
        <Accordion variant="separated" data-testid="meetings-list">
          {meetings.map((meeting) => (
            <Accordion.Item key={meeting.id} value={meeting.id}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap">
                  <div>
                    <Text fw={600}>
                      {t('meetings.number', { number: meeting.number, year: meeting.year })} ·{' '}
                      {formatDate(locale, meeting.date)}
                    </Text>
                    <Text size="sm">
                      {label.meetingKind(t, meeting.kind)}
                      {meeting.title ? ` · ${meeting.title}` : ''}
                    </Text>
                  </div>
                  <Badge color={meetingStatusColor[meeting.status]} variant="dot">
                    {label.meetingStatus(t, meeting.status)}
                  </Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Text size="sm" mb="xs">
                  {meeting.place || meeting.onlineLink}
                </Text>
                <Text fw={600} size="sm">
                  {t('meetings.agenda')} ({t('meetings.items', { count: meeting.agenda.length })})
                </Text>
                <List type="ordered" size="sm">
                  {meeting.agenda.map((item) => (
                    <List.Item key={item.id}>
                      {item.title} · {label.agendaItemKind(t, item.kind)} · {item.plannedMinutes}′
                    </List.Item>
                  ))}
                </List>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}
