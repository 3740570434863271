import { Button, Group, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Meeting } from '../../../../shared/domain';
import type { PatchOf } from '../../../db';
import { notifyProblem, notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { defaultClosingTime, defaultOpeningTime } from '../../../../shared/meetings/meetingMoment';

const heldStatuses = new Set<Meeting['status']>(['svolta', 'verbaleInBozza', 'verbaleApprovato']);

/** Opening and closing of the meeting: times recorded now or typed, closing marks it held. */
export function MeetingClock({ meeting, locked }: { meeting: Meeting; locked: boolean }) {
  const { t, repositories } = useRegia();
  const [opening, setOpening] = useState(meeting.openingTime ?? '');
  const [closing, setClosing] = useState(meeting.closingTime ?? '');
  useEffect(() => setOpening(meeting.openingTime ?? ''), [meeting.openingTime]);
  useEffect(() => setClosing(meeting.closingTime ?? ''), [meeting.closingTime]);
  const update = (patch: PatchOf<'meetings'>, message?: string): void => {
    void reportFailure(t, async () => {
      await repositories.meetings.update(meeting.id, patch);
      if (message) notifySuccess(t, message);
    });
  };
  const openingNow = defaultOpeningTime(meeting, new Date());
  const close = (): void => {
    const closingTime = closing === '' ? defaultClosingTime(meeting, new Date()) : closing;
    if (closingTime === null) {
      notifyProblem(t, t('presence.closingNeedsTime'));
      return;
    }
    update(
      { closingTime, ...(heldStatuses.has(meeting.status) ? {} : { status: 'svolta' }) },
      t('live.closed', { time: closingTime }),
    );
  };
  return (
    <Group align="end" gap="sm">
      <TextInput
        type="time"
        size="xs"
        label={t('live.openingTime')}
        value={opening}
        disabled={locked}
        onChange={(event) => setOpening(event.currentTarget.value)}
        onBlur={() => {
          if (opening !== (meeting.openingTime ?? ''))
            update({ openingTime: opening === '' ? null : opening });
        }}
      />
      {!locked && meeting.openingTime === null && (
        <Button
          size="xs"
          disabled={locked || openingNow === null}
          title={openingNow === null ? t('presence.openingNeedsTime') : undefined}
          onClick={() => update({ openingTime: openingNow })}
        >
          {t('live.open')}
        </Button>
      )}
      <TextInput
        type="time"
        size="xs"
        label={t('live.closingTime')}
        value={closing}
        disabled={locked}
        onChange={(event) => setClosing(event.currentTarget.value)}
        onBlur={() => {
          if (closing !== (meeting.closingTime ?? '') && meeting.closingTime !== null)
            update({ closingTime: closing === '' ? null : closing });
        }}
      />
      {!locked && (meeting.closingTime === null || !heldStatuses.has(meeting.status)) && (
        <Button size="xs" color="violet" disabled={locked} onClick={close}>
          {t('live.close')}
        </Button>
      )}
    </Group>
  );
}
