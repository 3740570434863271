import { Card, List, Text, Title } from '@mantine/core';
import { formatDate } from '../../app/formatting';
import { useRegia } from '../../app/RegiaContext';
import { ActionTitleLink } from './ActionTitleLink';
import type { Completion } from './overviewActions';

type RecentlyCompletedCardProps = {
  completions: readonly Completion[];
  onOpen: (actionId: string) => void;
};

/** The last actions completed, with the day each was completed. */
export function RecentlyCompletedCard({ completions, onOpen }: RecentlyCompletedCardProps) {
  const { t, locale } = useRegia();
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('actions.overview.recentlyCompleted')}
      </Title>
      {completions.length === 0 ? (
        <Text size="sm">{t('actions.overview.noneCompleted')}</Text>
      ) : (
        <List spacing={6} listStyleType="none" data-testid="recently-completed">
          {completions.map(({ action, completedAt }) => (
            <List.Item key={action.id}>
              <ActionTitleLink id={action.id} title={action.title} onOpen={onOpen} />
              <Text size="sm">
                {t('actions.overview.completedOn', {
                  date: formatDate(locale, completedAt, 'd MMMM yyyy'),
                })}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
