import { ActionIcon, Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { Meeting } from '../../../../shared/domain';
import { monthWeeks, shiftMonth, weekdayDates } from '../../../../shared/meetings';
import { formatDate } from '../../../app/formatting';
import { meetingStatusColor } from '../../../app/labels';
import { useRegia } from '../../../app/RegiaContext';
import { meetingPath } from '../meetingPath';
import classes from './MeetingCalendar.module.css';

type MeetingCalendarProps = {
  meetings: readonly Meeting[];
  /** `yyyy-MM-dd`: the day marked as today and the month shown first. */
  today: string;
};

/** A month of meetings, Monday first; each meeting is a link to its page. */
export function MeetingCalendar({ meetings, today }: MeetingCalendarProps) {
  const { t, locale } = useRegia();
  const [month, setMonth] = useState(today.slice(0, 7));
  const weeks = useMemo(() => monthWeeks(month, meetings), [month, meetings]);
  const monthName = formatDate(locale, `${month}-01`, 'MMMM yyyy');
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h3" style={{ textTransform: 'capitalize' }}>
          {monthName}
        </Title>
        <Group gap="xs">
          <ActionIcon
            variant="default"
            aria-label={t('meetings.calendar.previous')}
            onClick={() => setMonth(shiftMonth(month, -1))}
          >
            <IconChevronLeft size={18} />
          </ActionIcon>
          <Button variant="default" size="xs" onClick={() => setMonth(today.slice(0, 7))}>
            {t('meetings.calendar.today')}
          </Button>
          <ActionIcon
            variant="default"
            aria-label={t('meetings.calendar.next')}
            onClick={() => setMonth(shiftMonth(month, 1))}
          >
            <IconChevronRight size={18} />
          </ActionIcon>
        </Group>
      </Group>
      <Table
        withTableBorder
        withColumnBorders
        layout="fixed"
        aria-label={t('meetings.calendar.label', { month: monthName })}
        data-testid="meetings-calendar"
      >
        <Table.Thead>
          <Table.Tr>
            {weekdayDates().map((day) => (
              <Table.Th key={day.toISOString()} scope="col">
                {formatDate(locale, day.toISOString(), 'EEE')}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {weeks.map((week) => (
            <Table.Tr key={week[0]?.date}>
              {week.map((day) => (
                <Table.Td
                  key={day.date}
                  className={classes.day}
                  data-outside={day.inMonth ? undefined : true}
                  data-today={day.date === today ? true : undefined}
                  aria-current={day.date === today ? 'date' : undefined}
                >
                  <Text size="xs" className={classes.dayNumber}>
                    {Number(day.date.slice(8))}
                  </Text>
                  {day.meetings.map((meeting) => (
                    <Anchor
                      key={meeting.id}
                      component={Link}
                      href={meetingPath(meeting.id)}
                      size="xs"
                      className={classes.meeting}
                      style={{
                        borderInlineStartColor: `var(--mantine-color-${meetingStatusColor[meeting.status]}-6)`,
                      }}
                    >
                      {meeting.startTime ? `${meeting.startTime} ` : ''}
                      {t('meetings.number', { number: meeting.number, year: meeting.year })}
                    </Anchor>
                  ))}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
