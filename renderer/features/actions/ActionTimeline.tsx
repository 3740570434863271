import { Card, List, Stack, Text, Title } from '@mantine/core';
import { fieldChangesOf, type TimelineFieldChange } from '../../../shared/actions';
import type { ActionUpdate } from '../../../shared/domain';
import { formatDate, formatDateTime } from '../../app/formatting';
import { label } from '../../app/labels';
import { useRegia, type Translate } from '../../app/RegiaContext';
import type { Locale } from '../../../shared/i18n';
import { useActionTimeline } from './useActionData';

function describeChange(t: Translate, locale: Locale, change: TimelineFieldChange): string {
  switch (change.field) {
    case 'status':
      return change.from === null
        ? t('actions.timeline.statusSet', { to: change.to ? label.actionStatus(t, change.to) : '' })
        : t('actions.timeline.status', {
            from: label.actionStatus(t, change.from),
            to: change.to ? label.actionStatus(t, change.to) : '',
          });
    case 'progress':
      return change.from === null
        ? t('actions.timeline.progressSet', { to: change.to ?? 0 })
        : t('actions.timeline.progress', { from: change.from, to: change.to ?? 0 });
    case 'dueDate': {
      const day = (value: string | null): string =>
        value === null ? t('actions.noDueDate') : formatDate(locale, value, 'd MMM yyyy');
      return change.from === null
        ? t('actions.timeline.dueDateSet', { to: day(change.to) })
        : t('actions.timeline.dueDate', { from: day(change.from), to: day(change.to) });
    }
  }
}

function TimelineEntry({ update }: { update: ActionUpdate }) {
  const { t, locale } = useRegia();
  const changes = fieldChangesOf(update);
  return (
    <List.Item>
      <Text size="xs" c="dimmed">
        {t('actions.timeline.meta', {
          when: formatDateTime(locale, update.at),
          author: update.author || t('actions.timeline.unknownAuthor'),
          source: t(`audit.source.${update.source}`),
        })}
      </Text>
      {changes.map((change) => (
        <Text key={change.field} size="sm" fw={500}>
          {describeChange(t, locale, change)}
        </Text>
      ))}
      {update.text && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {update.text}
        </Text>
      )}
    </List.Item>
  );
}

/** The timeline of an action, newest first, read through the `[actionId+at]` index. */
export function ActionTimeline({ actionId }: { actionId: string }) {
  const { t } = useRegia();
  const updates = useActionTimeline(actionId);
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('actions.timeline.title')}
        </Title>
        {updates && updates.length === 0 ? (
          <Text size="sm">{t('actions.timeline.empty')}</Text>
        ) : (
          <List spacing="sm" listStyleType="none" data-testid="action-timeline">
            {updates?.map((update) => (
              <TimelineEntry key={update.id} update={update} />
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
