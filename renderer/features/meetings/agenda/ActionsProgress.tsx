import { Badge, Group, List, Text } from '@mantine/core';
import { isOverdueAction } from '../../../../shared/actions';
import { useRegia } from '../../../app/RegiaContext';
import { DueDate } from '../../actions';
import { useOpenActions } from './useAgendaView';

/** How many open actions the item lists: a large network has thousands, the Azioni page lists them all. */
export const progressListLimit = 20;

type ActionsProgressProps = {
  networkId: string;
  today: string;
};

/**
 * The network's open actions, overdue first, as the "stato di avanzamento delle azioni" item shows
 * them: the counts, the first few by due day and how many more there are.
 */
export function ActionsProgress({ networkId, today }: ActionsProgressProps) {
  const { t } = useRegia();
  const progress = useOpenActions(networkId);
  if (!progress) return null;
  const { actions: open, ownerNames } = progress;
  const overdue = open.filter((action) => isOverdueAction(action, today));
  const shown = open.slice(0, progressListLimit);
  return (
    <section aria-label={t('meetings.progress.title')} data-testid="actions-progress">
      <Text size="sm" fw={600}>
        {open.length === 0
          ? t('meetings.progress.none')
          : t('meetings.progress.summary', { open: open.length, overdue: overdue.length })}
      </Text>
      <List size="sm" spacing={2}>
        {shown.map((action) => (
          <List.Item key={action.id}>
            <Group gap="xs" wrap="wrap">
              <Text size="sm">{action.title}</Text>
              {action.ownerOrganizationId && (
                <Text size="sm">· {ownerNames.get(action.ownerOrganizationId) ?? ''}</Text>
              )}
              <DueDate action={action} today={today} size="sm" />
              {isOverdueAction(action, today) && (
                <Badge color="red" variant="dot" size="sm">
                  {t('meetings.progress.overdue')}
                </Badge>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      {open.length > shown.length && (
        <Text size="sm">{t('meetings.progress.more', { count: open.length - shown.length })}</Text>
      )}
    </section>
  );
}
