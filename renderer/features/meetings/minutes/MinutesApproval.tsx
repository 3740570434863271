import { Alert, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Meeting } from '../../../../shared/domain';
import { formatDate, formatDateTime } from '../../../app/formatting';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { approveMinutes, laterMeetings } from './minutesWrites';

type MinutesApprovalProps = { meeting: Meeting; meetings: Meeting[] };

/** Where the minutes stand, and how the secretary approves them at a later meeting. */
export function MinutesApproval({ meeting, meetings }: MinutesApprovalProps) {
  const { t, locale, repositories } = useRegia();
  const later = laterMeetings(meeting, meetings);
  const [chosen, setChosen] = useState<string>('');
  const choice = later.find((other) => other.id === chosen) ?? later[0];
  const nameOf = (other: Meeting): string =>
    t('minutes.meetingName', {
      number: other.number,
      year: other.year,
      date: formatDate(locale, other.date),
    });
  if (meeting.status === 'verbaleApprovato') {
    const approvedIn = meetings.find((other) => other.id === meeting.minutesApprovedInMeetingId);
    return (
      <Alert color="teal" title={t('minutes.approvedTitle')} data-testid="minutes-approved">
        {t('minutes.approvedIn', {
          meeting: approvedIn ? nameOf(approvedIn) : '—',
          at: meeting.minutesApprovedAt ? formatDateTime(locale, meeting.minutesApprovedAt) : '—',
        })}
      </Alert>
    );
  }
  const held = meeting.status === 'svolta' || meeting.status === 'verbaleInBozza';
  const approve = (): void => {
    if (!choice) return;
    void reportFailure(t, async () => {
      await approveMinutes(repositories, meeting, choice.id);
      notifySuccess(t, t('minutes.approvedNotice', { meeting: nameOf(choice) }));
    });
  };
  return (
    <Stack gap="xs">
      <Text size="sm">
        {meeting.minutesDraftSentAt
          ? t('minutes.draftSentAt', { at: formatDateTime(locale, meeting.minutesDraftSentAt) })
          : t(held ? 'minutes.draftNotSent' : 'minutes.notHeld')}
      </Text>
      {held && (
        <Group align="end" gap="xs">
          <NativeSelect
            label={t('minutes.approvingMeeting')}
            value={choice?.id ?? ''}
            disabled={later.length === 0}
            data={
              later.length === 0
                ? [{ value: '', label: t('minutes.noLaterMeeting') }]
                : later.map((other) => ({ value: other.id, label: nameOf(other) }))
            }
            onChange={(event) => setChosen(event.currentTarget.value)}
          />
          <Button disabled={!choice} onClick={approve}>
            {choice
              ? t('minutes.approveIn', { number: choice.number, year: choice.year })
              : t('minutes.approve')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
