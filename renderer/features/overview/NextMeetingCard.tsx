import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { meetingPath } from '../../app/meetingPath';
import type { Meeting } from '../../../shared/domain';
import { formatDate } from '../../app/formatting';
import { useRegia } from '../../app/RegiaContext';

/** The next meeting of the network, if one is planned. */
export function NextMeetingCard({ meeting }: { meeting: Meeting | undefined }) {
  const { t, locale } = useRegia();
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('overview.nextMeeting')}
      </Title>
      {meeting ? (
        <Stack gap={4} data-testid="next-meeting">
          <Anchor component={Link} href={meetingPath(meeting.id)} fw={600}>
            {t('meetings.number', { number: meeting.number, year: meeting.year })}
            {' · '}
            {formatDate(locale, meeting.date, 'EEEE d MMMM yyyy')}
          </Anchor>
          <Text>{meeting.title}</Text>
          <Text size="sm">{meeting.place}</Text>
        </Stack>
      ) : (
        <Text>{t('overview.noNextMeeting')}</Text>
      )}
    </Card>
  );
}
