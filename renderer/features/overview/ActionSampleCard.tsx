import { Card, List, ScrollArea, Text, Title } from '@mantine/core';
import { useRegia } from '../../app/RegiaContext';
import { ActionTitleLink } from './ActionTitleLink';
import { DueDate } from '../../app/firstScreenParts';
import type { ActionSample } from './overviewActions';

type ActionSampleCardProps = {
  title: string;
  sample: ActionSample;
  /** Shown when the list is empty. */
  emptyText: string;
  today: string;
  onOpen: (actionId: string) => void;
  testId: string;
  /** Names of the network's organizations by id: each line says who owns the action. */
  names: ReadonlyMap<string, string>;
};

/** A short list of actions with their due date in words, and how many more there are. */
export function ActionSampleCard(props: ActionSampleCardProps) {
  const { sample, today, onOpen } = props;
  const { t } = useRegia();
  return (
    <Card withBorder data-testid={props.testId}>
      <Title order={2} size="h4" mb="xs">
        {props.title} ({sample.count})
      </Title>
      {sample.count === 0 ? (
        <Text size="sm">{props.emptyText}</Text>
      ) : (
        <ScrollArea.Autosize mah={320} type="auto">
          <List spacing={6} listStyleType="none">
            {sample.first.map((action) => (
              <List.Item key={action.id}>
                <ActionTitleLink id={action.id} title={action.title} onOpen={onOpen} />
                <Text size="xs" c="dimmed" data-testid="action-owner">
                  {action.ownerOrganizationId
                    ? (props.names.get(action.ownerOrganizationId) ?? t('overview.noOwner'))
                    : t('overview.noOwner')}
                </Text>
                <DueDate action={action} today={today} />
              </List.Item>
            ))}
          </List>
        </ScrollArea.Autosize>
      )}
      {sample.count > sample.first.length && (
        <Text size="sm" mt="xs">
          {t('actions.overview.more', { count: sample.count - sample.first.length })}
        </Text>
      )}
    </Card>
  );
}
