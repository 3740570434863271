import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { addDays, formatISO, parseISO } from 'date-fns';
import { useLocation } from 'wouter';
import type { Meeting } from '../../../shared/domain';
import { formatDate } from '../../app/formatting';
import { notifySuccess, reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';
import { openFormModal } from '../../ui';
import { useToday } from '../actions';
import { CopyMeetingForm } from './life/CopyMeetingForm';
import { CancelMeetingForm, PostponeMeetingForm } from './life/ReasonForms';
import { meetingPath } from './meetingPath';
import {
  cancelMeeting,
  copyMeeting,
  createMeeting,
  deleteDraftMeeting,
  postponeMeeting,
  readPostponedItems,
} from './meetingWrites';
import { NewMeetingForm } from './NewMeetingForm';
import { notifyRenumbering } from './notifyRenumbering';

/** The named commands of a meeting's life, each opening its form or confirmation and telling the user. */
export type MeetingCommands = {
  create: (networkId: string) => void;
  remove: (meeting: Meeting) => void;
  cancel: (meeting: Meeting) => void;
  postpone: (meeting: Meeting) => void;
  copy: (meeting: Meeting) => void;
};

const numberOf = (meeting: Meeting): string => `${meeting.number}/${meeting.year}`;

// The next meeting of a series: four weeks on, never before today.
function nextDateAfter(date: string, today: string): string {
  const next = formatISO(addDays(parseISO(date), 28), { representation: 'date' });
  return next < today ? today : next;
}

/** Opens the forms of a meeting's life (new, delete, cancel, postpone, copy) over its commands. */
export function useMeetingCommands(): MeetingCommands {
  const { t, db, repositories, locale } = useRegia();
  const today = useToday();
  const [, navigate] = useLocation();
  const writers = { db, repositories };
  return {
    create: (networkId) =>
      void reportFailure(t, async () => {
        const proposals = await readPostponedItems(db, networkId);
        openFormModal({
          t,
          title: t('meetings.new'),
          children: (
            <NewMeetingForm
              today={today}
              proposals={proposals}
              onSubmit={async ({ pastDateConfirmed, carriedItemIds, ...values }) => {
                const meeting = await createMeeting(
                  writers,
                  networkId,
                  {
                    ...values,
                    startTime: values.startTime || null,
                    endTime: values.endTime || null,
                  },
                  { today, pastDateConfirmed },
                  carriedItemIds,
                );
                notifySuccess(t, t('meetings.created'));
                navigate(meetingPath(meeting.id));
              }}
            />
          ),
        });
      }),
    remove: (meeting) => {
      let started = false;
      modals.openConfirmModal({
        title: t('meetings.life.deleteTitle', { number: numberOf(meeting) }),
        children: <Text size="sm">{t('meetings.life.deleteText')}</Text>,
        labels: { confirm: t('meetings.life.delete'), cancel: t('common.cancel') },
        confirmProps: { color: 'red' },
        onConfirm: () => {
          if (started) return;
          started = true;
          void reportFailure(t, async () => {
            await deleteDraftMeeting(writers, meeting.id);
            notifySuccess(t, t('meetings.life.deleted', { number: numberOf(meeting) }));
            navigate('/riunioni');
          });
        },
      });
    },
    cancel: (meeting) =>
      openFormModal({
        t,
        title: t('meetings.life.cancelTitle', { number: numberOf(meeting) }),
        children: (
          <CancelMeetingForm
            onSubmit={async (reason) => {
              await cancelMeeting(writers, meeting.id, reason);
              notifySuccess(t, t('meetings.life.cancelled', { number: numberOf(meeting) }));
            }}
          />
        ),
      }),
    postpone: (meeting) =>
      openFormModal({
        t,
        title: t('meetings.life.postponeTitle', { number: numberOf(meeting) }),
        children: (
          <PostponeMeetingForm
            date={meeting.date}
            startTime={meeting.startTime}
            today={today}
            onSubmit={async (postponement, check) => {
              const { meeting: moved, renumbered } = await postponeMeeting(
                writers,
                meeting.id,
                postponement,
                check,
              );
              notifySuccess(
                t,
                t('meetings.life.postponed', {
                  number: numberOf(moved),
                  date: formatDate(locale, moved.date),
                }),
              );
              notifyRenumbering(t, renumbered);
            }}
          />
        ),
      }),
    copy: (meeting) =>
      void reportFailure(t, async () => {
        const proposals = await readPostponedItems(db, meeting.networkId);
        openFormModal({
          t,
          title: t('meetings.life.copyTitle', { number: numberOf(meeting) }),
          children: (
            <CopyMeetingForm
              source={meeting}
              date={nextDateAfter(meeting.date, today)}
              today={today}
              proposals={proposals}
              onSubmit={async (schedule, check, carriedItemIds) => {
                const copy = await copyMeeting(
                  writers,
                  meeting.id,
                  schedule,
                  check,
                  carriedItemIds,
                );
                notifySuccess(t, t('meetings.life.copied', { number: numberOf(copy) }));
                navigate(meetingPath(copy.id));
              }}
            />
          ),
        });
      }),
  };
}
