import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { Meeting } from '../../../../shared/domain';
import { contactFullName } from '../../../../shared/meetings';
import { formatDate } from '../../../app/formatting';
import { label } from '../../../app/labels';
import { useRegia } from '../../../app/RegiaContext';
import type { AgendaNames } from './agendaReads';
import { useMeetingDetailsCommands } from './useMeetingDetailsCommands';

type MeetingDetailsProps = {
  meeting: Meeting;
  /** The president's and the secretary's names among others. */
  names: AgendaNames;
  /** How many members are invited; undefined until the recipients are read. */
  invitedCount: number | undefined;
  /** Approved minutes: the details show no edit button. */
  locked?: boolean;
};

/** When and where the meeting is held and who is invited, with the button that edits them. */
export function MeetingDetails(props: MeetingDetailsProps) {
  const { meeting, names, invitedCount, locked = false } = props;
  const { t, locale } = useRegia();
  const { edit } = useMeetingDetailsCommands(meeting);
  const contactName = (id: string | null): string => {
    const contact = id ? names.contacts.get(id) : undefined;
    return contact ? contactFullName(contact) : '—';
  };
  const invited = (count: number): string =>
    meeting.invitedOrganizationIds.length === 0
      ? t('meetings.invitedAll', { count })
      : t('meetings.invitedCount', { count });
  const fact = (name: string, value: string) => (
    <div>
      <Text size="xs" fw={600}>
        {name}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {value || '—'}
      </Text>
    </div>
  );
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="meeting-details-heading">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4" id="meeting-details-heading">
            {t('meetings.details')}
          </Title>
          {!locked && (
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPencil size={16} />}
              onClick={edit}
            >
              {t('meetings.details.edit')}
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs" data-testid="meeting-details">
          {fact(t('common.date'), formatDate(locale, meeting.date, 'EEEE d MMMM yyyy'))}
          {fact(
            t('meetings.column.time'),
            [meeting.startTime, meeting.endTime].filter(Boolean).join('–'),
          )}
          {fact(t('meetings.kind'), label.meetingKind(t, meeting.kind))}
          {fact(t('meetings.place'), meeting.place || t('meetings.noPlace'))}
          {fact(t('meetings.field.onlineLink'), meeting.onlineLink)}
          {fact(t('meetings.field.president'), contactName(meeting.presidentContactId))}
          {fact(t('meetings.field.secretary'), contactName(meeting.secretaryContactId))}
          {fact(
            t('meetings.field.invited'),
            invitedCount === undefined ? '…' : invited(invitedCount),
          )}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
