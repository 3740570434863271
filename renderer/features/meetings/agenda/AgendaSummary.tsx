import { Group, Text } from '@mantine/core';
import type { Meeting } from '../../../../shared/domain';
import { hoursAndMinutes, type AgendaTiming } from '../../../../shared/meetings';
import { formatDate } from '../../../app/formatting';
import { useRegia } from '../../../app/RegiaContext';

type AgendaSummaryProps = { meeting: Meeting; timing: AgendaTiming };

/** The agenda's running total and its expected end, or why the end cannot be computed. */
export function AgendaSummary({ meeting, timing }: AgendaSummaryProps) {
  const { t, locale } = useRegia();
  const { hours, minutes } = hoursAndMinutes(timing.totalMinutes);
  const end = timing.end;
  return (
    <Group gap="lg" data-testid="agenda-summary" aria-live="polite">
      <Text size="sm" fw={600} data-testid="agenda-total">
        {t('meetings.agenda.total', { hours, minutes: String(minutes).padStart(2, '0') })}
      </Text>
      <Text size="sm" data-testid="agenda-end">
        {end === null
          ? t('meetings.agenda.noStart')
          : end.date === meeting.date
            ? t('meetings.agenda.endSameDay', { time: end.time })
            : t('meetings.agenda.end', { date: formatDate(locale, end.date), time: end.time })}
      </Text>
    </Group>
  );
}
