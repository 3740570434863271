import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'wouter';
import type { Meeting } from '../../../../shared/domain';
import { formatDate } from '../../../app/formatting';
import { label } from '../../../app/labels';
import { useRegia } from '../../../app/RegiaContext';
import { meetingPath } from '../meetingPath';
import { MeetingLifeNote } from '../life/MeetingLifeNote';
import { MeetingStatusBadge } from './MeetingStatusBadge';

type MeetingsTableProps = {
  /** The heading above the table, also its accessible name. */
  caption: string;
  meetings: readonly Meeting[];
  emptyText: string;
  testId: string;
};

/** A list of meetings: number (a link to the meeting's page), day, time, kind, title and status. */
export function MeetingsTable({ caption, meetings, emptyText, testId }: MeetingsTableProps) {
  const { t, locale } = useRegia();
  if (meetings.length === 0) {
    return (
      <section aria-label={caption}>
        <Text fw={600}>{caption}</Text>
        <Text size="sm">{emptyText}</Text>
      </section>
    );
  }
  return (
    <Table striped highlightOnHover data-testid={testId} captionSide="top">
      <Table.Caption
        style={{ textAlign: 'start', fontWeight: 600, color: 'var(--mantine-color-text)' }}
      >
        {caption}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('meetings.column.meeting')}</Table.Th>
          <Table.Th>{t('meetings.column.date')}</Table.Th>
          <Table.Th>{t('meetings.column.time')}</Table.Th>
          <Table.Th>{t('meetings.column.kind')}</Table.Th>
          <Table.Th>{t('meetings.column.title')}</Table.Th>
          <Table.Th>{t('meetings.column.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {meetings.map((meeting) => (
          <Table.Tr key={meeting.id}>
            <Table.Td>
              <Anchor component={Link} href={meetingPath(meeting.id)}>
                {t('meetings.number', { number: meeting.number, year: meeting.year })}
              </Anchor>
            </Table.Td>
            <Table.Td>{formatDate(locale, meeting.date, 'EEE d MMM yyyy')}</Table.Td>
            <Table.Td>{meeting.startTime ?? '—'}</Table.Td>
            <Table.Td>{label.meetingKind(t, meeting.kind)}</Table.Td>
            <Table.Td>
              <Text size="sm" maw={360} truncate="end" title={meeting.title}>
                {meeting.title}
              </Text>
              <MeetingLifeNote meeting={meeting} size="xs" />
            </Table.Td>
            <Table.Td>
              <MeetingStatusBadge status={meeting.status} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
