import { Button, Group, Table, Title } from '@mantine/core';
import type { Attendance } from '../../../../shared/domain';
import { reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { AttendanceRow } from './AttendanceRow';
import { recordAttendance } from './liveWrites';
import type { MeetingRecord } from './useMeetingRecord';

type AttendancePanelProps = {
  meetingId: string;
  record: MeetingRecord;
  locked: boolean;
};

/** The check-in of every member of the network, one row each. */
export function AttendancePanel({ meetingId, record, locked }: AttendancePanelProps) {
  const { t, db, repositories } = useRegia();
  const attendanceOf = new Map<string, Attendance>(
    record.attendances.map((attendance) => [attendance.organizationId, attendance]),
  );
  const unchecked = record.memberships.filter(
    (membership) => !attendanceOf.has(membership.organizationId),
  );
  const markRestAbsent = (): void => {
    void reportFailure(t, () =>
      db.transaction('rw', [db.attendances, db.meetings, db.auditEntries], async () => {
        for (const membership of unchecked) {
          await recordAttendance(repositories, meetingId, membership.organizationId, undefined, {
            status: 'assente',
          });
        }
      }),
    );
  };
  return (
    <section aria-labelledby="live-attendance-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="live-attendance-title">
          {t('live.attendance')}
        </Title>
        <Button
          size="xs"
          variant="default"
          disabled={locked || unchecked.length === 0}
          onClick={markRestAbsent}
        >
          {t('live.markRestAbsent', { count: unchecked.length })}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table striped data-testid="attendance-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('live.member')}</Table.Th>
              <Table.Th>{t('live.status')}</Table.Th>
              <Table.Th>{t('live.delegate')}</Table.Th>
              <Table.Th>{t('live.arrival')}</Table.Th>
              <Table.Th>{t('live.departure')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {record.memberships.map((membership) => (
              <AttendanceRow
                key={membership.id}
                meetingId={meetingId}
                membership={membership}
                organizationName={record.organizations.get(membership.organizationId)?.name ?? ''}
                attendance={attendanceOf.get(membership.organizationId)}
                locked={locked}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
