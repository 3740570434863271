import { Alert, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import type { Meeting } from '../../../../shared/domain';
import { wallClockOf } from '../../../../shared/meetings/meetingMoment';
import { approvalProblem, isLaterMeeting } from '../../../../shared/meetings/minutesApproval';
import { formatDate, formatDateTime } from '../../../app/formatting';
import { useRegia } from '../../../app/RegiaContext';
import { useMinutesCommands } from './useMinutesCommands';

type MinutesApprovalProps = { meeting: Meeting; meetings: Meeting[] };

/** Where the minutes stand, and how the secretary approves them at a later meeting already held. */
export function MinutesApproval({ meeting, meetings }: MinutesApprovalProps) {
  const { t, locale } = useRegia();
  const commands = useMinutesCommands(meeting.id);
  const today = wallClockOf(new Date()).date;
  const later = meetings
    .filter((other) => other.id !== meeting.id && isLaterMeeting(meeting, other))
    .map((other) => ({ meeting: other, problem: approvalProblem(meeting, other, today) }));
  const [chosen, setChosen] = useState<string>('');
  const firstAllowed = later.find((entry) => entry.problem === null);
  const choice = later.find((entry) => entry.meeting.id === chosen) ?? firstAllowed ?? later[0];
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
  const confirm = (): void => {
    if (!choice || choice.problem !== null) return;
    const approving = choice.meeting;
    modals.openConfirmModal({
      title: t('approval.confirmTitle'),
      children: (
        <Text size="sm">
          {t('approval.confirmText', {
            meeting: nameOf(meeting),
            approving: nameOf(approving),
          })}
        </Text>
      ),
      labels: { confirm: t('approval.confirm'), cancel: t('common.cancel') },
      onConfirm: () => commands.approve(approving, nameOf(approving)),
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
        <>
          <Group align="end" gap="xs">
            <NativeSelect
              label={t('minutes.approvingMeeting')}
              value={choice?.meeting.id ?? ''}
              disabled={later.length === 0}
              data={
                later.length === 0
                  ? [{ value: '', label: t('minutes.noLaterMeeting') }]
                  : later.map((entry) => ({
                      value: entry.meeting.id,
                      label:
                        entry.problem === null
                          ? nameOf(entry.meeting)
                          : t('approval.notHeldOption', { meeting: nameOf(entry.meeting) }),
                    }))
              }
              onChange={(event) => setChosen(event.currentTarget.value)}
            />
            <Button disabled={!choice || choice.problem !== null} onClick={confirm}>
              {choice
                ? t('minutes.approveIn', {
                    number: choice.meeting.number,
                    year: choice.meeting.year,
                  })
                : t('minutes.approve')}
            </Button>
          </Group>
          {choice && choice.problem !== null && (
            <Text size="sm" c="red.8" data-testid="approval-refused">
              {t(`approval.problem.${choice.problem}`)}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
