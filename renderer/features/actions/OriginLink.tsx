import { Anchor, Text } from '@mantine/core';
import { useRegia } from '../../app/RegiaContext';
import { meetingPath } from '../../app/meetingPath';
import { useActionOrigin } from './useActionData';

type OriginLinkProps = {
  /** The meeting the action was decided at. */
  meetingId: string | null;
  /** The agenda item it came from. */
  agendaItemId: string | null;
};

/** Where an action comes from, as a link to that meeting's live record, where its item is. */
export function OriginLink({ meetingId, agendaItemId }: OriginLinkProps) {
  const { t } = useRegia();
  const origin = useActionOrigin(meetingId, agendaItemId);
  if (meetingId === null || origin === null) {
    return <Text size="sm">{t('actions.editor.noOrigin')}</Text>;
  }
  if (!origin?.meeting) return null;
  const meetingLabel = t('meetings.number', {
    number: origin.meeting.number,
    year: origin.meeting.year,
  });
  return (
    <Anchor
      href={`#${meetingPath(origin.meeting.id, 'live')}`}
      size="sm"
      data-testid="action-origin"
    >
      {origin.item
        ? t('actions.editor.originLink', { meeting: meetingLabel, item: origin.item.title })
        : meetingLabel}
    </Anchor>
  );
}
