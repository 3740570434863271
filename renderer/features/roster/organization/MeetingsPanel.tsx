import { formatDate } from '../../../app/formatting';
import { useRegia } from '../../../app/RegiaContext';
import { RecordTable } from '../../../ui';
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
  return (
    <RecordTable
      rows={attendances}
      getKey={({ attendance }) => attendance.id}
      columns={[
        {
          header: t('common.date'),
          cell: ({ meeting }) => formatDate(locale, meeting.date, 'd MMM yyyy'),
        },
        {
          header: t('roster.meetings.meeting'),
          cell: ({ meeting }) =>
            `${t('roster.meetings.title', { number: meeting.number, year: meeting.year })}${
              meeting.title ? ` – ${meeting.title}` : ''
            }`,
        },
        {
          header: t('roster.field.networkId'),
          cell: ({ meeting }) => networks.get(meeting.networkId)?.name ?? '—',
        },
        {
          header: t('roster.meetings.attendance'),
          cell: ({ attendance }) => {
            const contact = attendance.contactId
              ? contactById.get(attendance.contactId)
              : undefined;
            const delegate = attendance.delegateName || (contact ? contactFullName(contact) : '');
            return `${t(`roster.attendanceStatus.${attendance.status}`)}${
              attendance.status === 'delegato' && delegate
                ? ` (${t('roster.meetings.delegate', { name: delegate })})`
                : ''
            }`;
          },
        },
      ]}
      tableLabel={t('roster.meetings.tableLabel', { name: organization.name })}
      testId="organization-meetings-table"
      emptyText={t('roster.meetings.empty')}
    />
  );
}
