import { Text } from '@mantine/core';
import type { Meeting } from '../../../../shared/domain';
import { formatDate } from '../../../app/formatting';
import { useRegia } from '../../../app/RegiaContext';

/** Why a meeting was cancelled or postponed, in one line; nothing for any other meeting. */
export function MeetingLifeNote({
  meeting,
  size = 'sm',
}: {
  meeting: Meeting;
  size?: 'xs' | 'sm';
}) {
  const { t, locale } = useRegia();
  const note =
    meeting.status === 'annullata'
      ? t('meetings.life.cancelledNote', { reason: meeting.cancellationReason })
      : meeting.postponedFromDate
        ? t('meetings.life.postponedNote', {
            date: formatDate(locale, meeting.postponedFromDate),
            reason: meeting.postponementReason,
          })
        : null;
  if (!note) return null;
  return (
    <Text
      size={size}
      c="dimmed"
      data-testid="meeting-life-note"
      style={{ overflowWrap: 'anywhere' }}
    >
      {note}
    </Text>
  );
}
