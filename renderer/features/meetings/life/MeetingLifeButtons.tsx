import { Button, Group } from '@mantine/core';
import { IconCalendarPause, IconCopy, IconTrash, IconX } from '@tabler/icons-react';
import type { Meeting } from '../../../../shared/domain';
import { lifecycleProblem } from '../../../../shared/meetings';
import { useRegia } from '../../../app/RegiaContext';
import { useMeetingCommands } from '../useMeetingCommands';

/** The steps of a meeting's life it can take now: delete a draft, cancel, postpone, copy. */
export function MeetingLifeButtons({ meeting }: { meeting: Meeting }) {
  const { t } = useRegia();
  const commands = useMeetingCommands();
  const can = (step: 'delete' | 'cancel' | 'postpone'): boolean =>
    lifecycleProblem(meeting, step) === null;
  return (
    <Group gap="xs" role="group" aria-label={t('meetings.life.actions')}>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconCopy size={16} />}
        onClick={() => commands.copy(meeting)}
      >
        {t('meetings.life.copy')}
      </Button>
      {can('postpone') && (
        <Button
          variant="default"
          size="xs"
          leftSection={<IconCalendarPause size={16} />}
          onClick={() => commands.postpone(meeting)}
        >
          {t('meetings.life.postpone')}
        </Button>
      )}
      {can('cancel') && (
        <Button
          variant="default"
          color="red"
          size="xs"
          leftSection={<IconX size={16} />}
          onClick={() => commands.cancel(meeting)}
        >
          {t('meetings.life.cancel')}
        </Button>
      )}
      {can('delete') && (
        <Button
          variant="default"
          color="red"
          size="xs"
          leftSection={<IconTrash size={16} />}
          onClick={() => commands.remove(meeting)}
        >
          {t('meetings.life.delete')}
        </Button>
      )}
    </Group>
  );
}
