import { Button, Group, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Meeting } from '../../../../shared/domain';
import { notifyProblem } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { defaultClosingTime, defaultOpeningTime } from '../../../../shared/meetings/meetingMoment';
import { useLiveCommands } from './useLiveCommands';

const heldStatuses = new Set<Meeting['status']>(['svolta', 'verbaleInBozza', 'verbaleApprovato']);

/** Opening and closing of the meeting: times recorded now or typed, closing marks it held. */
export function MeetingClock({ meeting, locked }: { meeting: Meeting; locked: boolean }) {
  const { t } = useRegia();
  const commands = useLiveCommands(meeting.id);
  const [opening, setOpening] = useState(meeting.openingTime ?? '');
  const [closing, setClosing] = useState(meeting.closingTime ?? '');
  useEffect(() => setOpening(meeting.openingTime ?? ''), [meeting.openingTime]);
  useEffect(() => setClosing(meeting.closingTime ?? ''), [meeting.closingTime]);
  const openingNow = defaultOpeningTime(meeting, new Date());
  const close = (): void => {
    const closingTime = closing === '' ? defaultClosingTime(meeting, new Date()) : closing;
    if (closingTime === null) {
      notifyProblem(t, t('presence.closingNeedsTime'));
      return;
    }
    commands.close(closingTime);
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
            commands.setTimes({ openingTime: opening === '' ? null : opening });
        }}
      />
      {!locked && meeting.openingTime === null && (
        <Button
          size="xs"
          disabled={locked || openingNow === null}
          title={openingNow === null ? t('presence.openingNeedsTime') : undefined}
          onClick={() => commands.setTimes({ openingTime: openingNow })}
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
            commands.setTimes({ closingTime: closing === '' ? null : closing });
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
