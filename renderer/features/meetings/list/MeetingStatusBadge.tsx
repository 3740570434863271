import { Badge } from '@mantine/core';
import type { MeetingStatus } from '../../../../shared/domain';
import { label, meetingStatusColor } from '../../../app/labels';
import { useRegia } from '../../../app/RegiaContext';

/** The coloured status of a meeting: bozza, convocata, svolta, verbale in bozza, verbale approvato. */
export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useRegia();
  return (
    <Badge color={meetingStatusColor[status]} variant="dot" data-testid="meeting-status">
      {label.meetingStatus(t, status)}
    </Badge>
  );
}
