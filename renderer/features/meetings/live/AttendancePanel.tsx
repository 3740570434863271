import { Button, Group, Table, Title } from '@mantine/core';
import type { Attendance, Meeting } from '../../../../shared/domain';
import type { Presence } from '../../../../shared/meetings/presence';
import { reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { useMeetingAttachments } from '../attachments/useMeetingAttachments';
import { AttendanceRow, type Choice } from './AttendanceRow';
import { GuestsPanel } from './GuestsPanel';
import { recordAttendance } from './liveWrites';
import type { MeetingRecord } from './useMeetingRecord';

type AttendancePanelProps = {
  meeting: Meeting;
  record: MeetingRecord;
  /** Presence as the live screen counts it, for the proxies each body may still take. */
  presence: Presence;
  locked: boolean;
};

/** The check-in of every body the meeting expects, one row each. */
export function AttendancePanel({ meeting, record, presence, locked }: AttendancePanelProps) {
  const { t, db, repositories } = useRegia();
  const attendanceOf = new Map<string, Attendance>(
    record.attendances.map((attendance) => [attendance.organizationId, attendance]),
  );
  const unchecked = record.expected.filter((body) => !attendanceOf.has(body.organizationId));
  const attachments = useMeetingAttachments(meeting.id) ?? [];
  const fileNameOf = new Map(attachments.map((row) => [row.id, row.fileName]));
  const nameOf = (organizationId: string): string =>
    record.organizations.get(organizationId)?.name ?? '';
  const votingSet = new Set(presence.votingOrganizationIds);
  const carried = new Map<string, number>();
  for (const proxy of presence.proxies) {
    carried.set(proxy.toOrganizationId, (carried.get(proxy.toOrganizationId) ?? 0) + 1);
  }
  const maxProxies = record.network?.maxProxiesPerBody ?? 1;
  const refused = new Set(presence.refusedProxies.map((proxy) => proxy.fromOrganizationId));
  const holdersFor = (organizationId: string): Choice[] => {
    const own = attendanceOf.get(organizationId)?.proxyOrganizationId ?? null;
    return presence.presentOrganizationIds
      .filter((id) => id !== organizationId && votingSet.has(id))
      .map((id) => ({
        value: id,
        label: nameOf(id),
        disabled: id !== own && (carried.get(id) ?? 0) >= maxProxies,
      }))
      .sort((first, second) => first.label.localeCompare(second.label, 'it'));
  };
  const peopleOf = (body: (typeof record.expected)[number]): Choice[] =>
    [
      ...(body.membership?.representativeContactIds ?? []),
      ...(body.membership?.delegateContactIds ?? []),
    ].flatMap((contactId) => {
      const contact = record.contacts.get(contactId);
      if (!contact) return [];
      return [
        {
          value: contactId,
          label: [contact.firstName, contact.lastName].filter(Boolean).join(' '),
        },
      ];
    });
  const markRestAbsent = (): void => {
    void reportFailure(t, () =>
      db.transaction('rw', [db.attendances, db.meetings, db.auditEntries], async () => {
        for (const body of unchecked) {
          await recordAttendance(repositories, meeting, body.organizationId, undefined, {
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
        {!locked && (
          <Button
            size="xs"
            variant="default"
            disabled={unchecked.length === 0}
            onClick={markRestAbsent}
          >
            {t('live.markRestAbsent', { count: unchecked.length })}
          </Button>
        )}
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
            {record.expected.map((body) => (
              <AttendanceRow
                key={body.organizationId}
                meeting={meeting}
                organizationId={body.organizationId}
                votingRight={body.membership?.votingRight ?? false}
                organizationName={record.organizations.get(body.organizationId)?.name ?? ''}
                attendance={attendanceOf.get(body.organizationId)}
                people={peopleOf(body)}
                proxyHolders={holdersFor(body.organizationId)}
                proxyRefused={refused.has(body.organizationId)}
                delegaFileName={
                  fileNameOf.get(attendanceOf.get(body.organizationId)?.delegaAttachmentId ?? '') ??
                  null
                }
                locked={locked}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <GuestsPanel meeting={meeting} locked={locked} />
    </section>
  );
}
