import { Anchor, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { Link, useParams } from 'wouter';
import { formatDate } from '../../../app/formatting';
import { PageTitle } from '../../../app/PageTitle';
import { useRegia } from '../../../app/RegiaContext';
import { AgendaTab } from '../agenda/AgendaTab';
import { MeetingStatusBadge } from '../list/MeetingStatusBadge';
import { LiveMeetingTab } from '../live/LiveMeetingTab';
import { meetingSections, type MeetingSection } from '../meetingPath';
import { MinutesTab } from '../minutes/MinutesTab';
import { MeetingLifeButtons } from '../life/MeetingLifeButtons';
import { MeetingLifeNote } from '../life/MeetingLifeNote';
import { FollowUpTab } from './FollowUpTab';
import { useMeeting } from './useMeetingPage';

function sectionOf(asked: string | undefined): MeetingSection {
  return meetingSections.find((section) => section === asked) ?? 'agenda';
}

/** One meeting: its agenda, the live meeting, the minutes and the actions it created. */
export function MeetingPage() {
  const { t, locale } = useRegia();
  const { meetingId = '', section } = useParams<{ meetingId: string; section?: string }>();
  const meeting = useMeeting(meetingId);
  if (meeting === undefined) return <Loader aria-label={t('common.loading')} />;
  const back = (
    <Anchor component={Link} href="/riunioni">
      ← {t('nav.meetings')}
    </Anchor>
  );
  if (meeting === null) {
    return (
      <Stack>
        {back}
        <PageTitle title={t('meetings.notFound')} />
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      {back}
      <PageTitle
        title={`${t('meetings.number', { number: meeting.number, year: meeting.year })} · ${formatDate(locale, meeting.date)}`}
      >
        <Group>
          <MeetingStatusBadge status={meeting.status} />
        </Group>
      </PageTitle>
      {meeting.title && (
        <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
          {meeting.title}
        </Text>
      )}
      <MeetingLifeNote meeting={meeting} />
      <MeetingLifeButtons meeting={meeting} />
      <Tabs defaultValue={sectionOf(section)} keepMounted={false}>
        <Tabs.List aria-label={t('meetings.sections')} mb="md">
          <Tabs.Tab value="agenda">{t('meetings.tab.agenda')}</Tabs.Tab>
          <Tabs.Tab value="live">{t('meetings.tab.live')}</Tabs.Tab>
          <Tabs.Tab value="minutes">{t('meetings.tab.minutes')}</Tabs.Tab>
          <Tabs.Tab value="followUp">{t('meetings.tab.followUp')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="agenda">
          <AgendaTab meeting={meeting} />
        </Tabs.Panel>
        <Tabs.Panel value="live">
          <LiveMeetingTab meeting={meeting} />
        </Tabs.Panel>
        <Tabs.Panel value="minutes">
          <MinutesTab meeting={meeting} />
        </Tabs.Panel>
        <Tabs.Panel value="followUp">
          <FollowUpTab meeting={meeting} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
