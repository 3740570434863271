import { Button, Group, Table, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { Attendance, Meeting } from '../../../../shared/domain';
import type { Presence } from '../../../../shared/meetings/presence';
import { useRegia } from '../../../app/RegiaContext';
import { useMeetingAttachments } from '../attachments/useMeetingAttachments';
import type { Choice } from './AttendanceFields';
import { attendanceOptions } from './attendanceOptions';
import { AttendanceRow } from './AttendanceRow';
import { GuestsPanel } from './GuestsPanel';
import { useLiveCommands } from './useLiveCommands';
import type { ExpectedBody, MeetingRecord } from './useMeetingRecord';

type AttendancePanelProps = {
  meeting: Meeting;
  record: MeetingRecord;
  /** Presence as the live screen counts it, for the proxies each body may still take. */
  presence: Presence;
  locked: boolean;
};

const noChoices: readonly Choice[] = [];

/** The membership's representatives and delegates of a body, by contact id and full name. */
function peopleOf(body: ExpectedBody, record: MeetingRecord): Choice[] {
  return [
    ...(body.membership?.representativeContactIds ?? []),
    ...(body.membership?.delegateContactIds ?? []),
  ].flatMap((contactId) => {
    const contact = record.contacts.get(contactId);
    if (!contact) return [];
    return [
      { value: contactId, label: [contact.firstName, contact.lastName].filter(Boolean).join(' ') },
    ];
  });
}

/** The check-in of every body the meeting expects, one row each. */
export function AttendancePanel({ meeting, record, presence, locked }: AttendancePanelProps) {
  const { t } = useRegia();
  const commands = useLiveCommands(meeting.id);
  const options = useMemo(() => attendanceOptions(t), [t]);
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
  // The voting bodies present, in name order, once for every absent body that may entrust them.
  const holders = presence.presentOrganizationIds
    .filter((id) => votingSet.has(id))
    .map((id) => ({ id, label: nameOf(id) }))
    .sort((first, second) => first.label.localeCompare(second.label, 'it'));
  const holdersFor = (organizationId: string): Choice[] => {
    const own = attendanceOf.get(organizationId)?.proxyOrganizationId ?? null;
    return holders
      .filter((holder) => holder.id !== organizationId)
      .map((holder) => ({
        value: holder.id,
        label: holder.label,
        disabled: holder.id !== own && (carried.get(holder.id) ?? 0) >= maxProxies,
      }));
  };
  const asksProxy = (body: ExpectedBody): boolean => {
    const status = attendanceOf.get(body.organizationId)?.status;
    return (
      (body.membership?.votingRight ?? false) &&
      (status === 'assente' || status === 'assenteGiustificato')
    );
  };
  const openingTime = meeting.openingTime ?? meeting.startTime;
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
            onClick={() => commands.markAbsent(unchecked.map((body) => body.organizationId))}
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
            {record.expected.map((body) => {
              const attendance = attendanceOf.get(body.organizationId);
              return (
                <AttendanceRow
                  key={body.organizationId}
                  organizationId={body.organizationId}
                  votingRight={body.membership?.votingRight ?? false}
                  organizationName={nameOf(body.organizationId)}
                  attendance={attendance}
                  people={peopleOf(body, record)}
                  proxyHolders={asksProxy(body) ? holdersFor(body.organizationId) : noChoices}
                  proxyRefused={refused.has(body.organizationId)}
                  delegaFileName={fileNameOf.get(attendance?.delegaAttachmentId ?? '') ?? null}
                  openingTime={openingTime}
                  locked={locked}
                  options={options}
                  commands={commands}
                />
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <GuestsPanel meeting={meeting} locked={locked} />
    </section>
  );
}
