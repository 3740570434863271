import { Anchor, Group, List, Paper, Stack, Text } from '@mantine/core';
import type { Action } from '../../../shared/domain';
import { useRegia } from '../../app/RegiaContext';
import { DueDate } from './DueDate';
import { useToday } from '../../app/useToday';
import { useOpenActionsReport } from './useActionData';

const shown = 8;

type ActionReviewProps = { networkId: string; onOpen: (actionId: string) => void };

function ReviewList({
  title,
  actions,
  today,
  onOpen,
  testId,
}: {
  title: string;
  actions: Action[];
  today: string;
  onOpen: (actionId: string) => void;
  testId: string;
}) {
  const { t } = useRegia();
  return (
    <div data-testid={testId}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <List size="sm" spacing={2}>
        {actions.slice(0, shown).map((action) => (
          <List.Item key={action.id}>
            <Group gap="xs" wrap="nowrap">
              <Anchor component="button" type="button" size="sm" onClick={() => onOpen(action.id)}>
                {action.title}
              </Anchor>
              <DueDate action={action} today={today} withDate={false} />
            </Group>
          </List.Item>
        ))}
      </List>
      {actions.length > shown && (
        <Text size="xs">{t('actions.meeting.more', { count: actions.length - shown })}</Text>
      )}
    </div>
  );
}

/** The open and overdue actions of the network, as the "stato di avanzamento" item reviews them. */
export function ActionReview({ networkId, onOpen }: ActionReviewProps) {
  const { t } = useRegia();
  const today = useToday();
  const report = useOpenActionsReport(networkId, today);
  if (!report) return null;
  return (
    <Paper withBorder p="xs" data-testid="action-review">
      <Stack gap={6}>
        <Text size="sm" fw={700}>
          {t('actions.meeting.review')}
        </Text>
        {report.overdue.length + report.open.length === 0 ? (
          <Text size="sm">{t('actions.meeting.none')}</Text>
        ) : (
          <>
            <ReviewList
              title={t('actions.meeting.overdue', { count: report.overdue.length })}
              actions={report.overdue}
              today={today}
              onOpen={onOpen}
              testId="action-review-overdue"
            />
            <ReviewList
              title={t('actions.meeting.open', { count: report.open.length })}
              actions={report.open}
              today={today}
              onOpen={onOpen}
              testId="action-review-open"
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}
