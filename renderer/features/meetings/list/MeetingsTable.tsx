import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'wouter';
import type { Meeting } from '../../../../shared/domain';
import { formatDate } from '../../../app/formatting';
import { label } from '../../../app/labels';
import { useRegia } from '../../../app/RegiaContext';
import { VirtualTable, type VirtualRowProps } from '../../../ui';
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

/** Up to this many meetings a table draws every row; a longer one draws those in view. */
const shortTable = 60;

/** One meeting of a list: its number links to the meeting's page. */
function MeetingRow({ meeting, rowProps }: { meeting: Meeting; rowProps: VirtualRowProps }) {
  const { t, locale } = useRegia();
  return (
    <Table.Tr {...rowProps}>
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
  );
}

/**
 * A list of meetings: number (a link to the meeting's page), day, time, kind, title and status.
 * A network's years of meetings are drawn as they scroll into view.
 */
export function MeetingsTable({ caption, meetings, emptyText, testId }: MeetingsTableProps) {
  const { t } = useRegia();
  if (meetings.length === 0) {
    return (
      <section aria-label={caption}>
        <Text fw={600}>{caption}</Text>
        <Text size="sm">{emptyText}</Text>
      </section>
    );
  }
  return (
    <VirtualTable
      items={meetings}
      getKey={(meeting) => meeting.id}
      estimatedRowHeight={41}
      columnCount={6}
      caption={caption}
      label={caption}
      maxHeight="max(360px, calc(100dvh - 280px))"
      minWidth={720}
      testId={testId}
      striped
      drawAllUpTo={shortTable}
      head={
        <Table.Tr aria-rowindex={1}>
          <Table.Th>{t('meetings.column.meeting')}</Table.Th>
          <Table.Th>{t('meetings.column.date')}</Table.Th>
          <Table.Th>{t('meetings.column.time')}</Table.Th>
          <Table.Th>{t('meetings.column.kind')}</Table.Th>
          <Table.Th>{t('meetings.column.title')}</Table.Th>
          <Table.Th>{t('meetings.column.status')}</Table.Th>
        </Table.Tr>
      }
      renderRow={(meeting, rowProps) => <MeetingRow meeting={meeting} rowProps={rowProps} />}
    />
  );
}
