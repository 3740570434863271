import { Table, Text } from '@mantine/core';
import { formatDate } from '../../../app/formatting';
import { useRegia } from '../../../app/RegiaContext';
import { contactFullName } from '../../../../shared/roster';
import type { OrganizationRecords } from './useOrganizationRecords';

type MeetingsPanelProps = {
  /** The organization's records. */
  records: OrganizationRecords;
};

/** The meetings the organization was recorded at, latest first, and how it attended. */
export function MeetingsPanel({ records }: MeetingsPanelProps) {
  const { t, locale } = useRegia();
  const { organization, attendances, networks } = records;
  const contactById = new Map(records.contacts.map((contact) => [contact.id, contact]));
  if (attendances.length === 0) return <Text>{t('roster.meetings.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table
        data-testid="organization-meetings-table"
        aria-label={t('roster.meetings.tableLabel', { name: organization.name })}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common.date')}</Table.Th>
            <Table.Th>{t('roster.meetings.meeting')}</Table.Th>
            <Table.Th>{t('roster.field.networkId')}</Table.Th>
            <Table.Th>{t('roster.meetings.attendance')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {attendances.map(({ attendance, meeting }) => {
            const contact = attendance.contactId
              ? contactById.get(attendance.contactId)
              : undefined;
            const delegate = attendance.delegateName || (contact ? contactFullName(contact) : '');
            return (
              <Table.Tr key={attendance.id}>
                <Table.Td>{formatDate(locale, meeting.date, 'd MMM yyyy')}</Table.Td>
                <Table.Td>
                  {t('roster.meetings.title', { number: meeting.number, year: meeting.year })}
                  {meeting.title ? ` – ${meeting.title}` : ''}
                </Table.Td>
                <Table.Td>{networks.get(meeting.networkId)?.name ?? '—'}</Table.Td>
                <Table.Td>
                  {t(`roster.attendanceStatus.${attendance.status}`)}
                  {attendance.status === 'delegato' && delegate
                    ? ` (${t('roster.meetings.delegate', { name: delegate })})`
                    : ''}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
