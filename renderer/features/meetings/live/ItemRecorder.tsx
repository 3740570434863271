import { Badge, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AgendaItem, Meeting } from '../../../../shared/domain';
import { label } from '../../../app/labels';
import { useRegia } from '../../../app/RegiaContext';
import { AgendaItemActions } from '../../actions';
import type { VoteContext } from '../../../../shared/meetings/votes';
import { DecisionForm } from './DecisionForm';
import { useLiveCommands } from './useLiveCommands';

type ItemRecorderProps = {
  meeting: Meeting;
  item: AgendaItem;
  locked: boolean;
  /** The voters present now and the majority rule, for the decision's vote. */
  voting: Omit<VoteContext, 'itemKind'>;
  nameOf: (organizationId: string) => string;
};

/** What the secretary records on the current item: notes, the decision and its vote, actions. */
export function ItemRecorder({ meeting, item, locked, voting, nameOf }: ItemRecorderProps) {
  const { t } = useRegia();
  const commands = useLiveCommands(meeting.id);
  const [notes, setNotes] = useState(item.minutesText);
  useEffect(() => setNotes(item.minutesText), [item.minutesText]);
  const saveNotes = (): void => {
    if (notes === item.minutesText) return;
    commands.saveNotes(item.id, notes);
  };
  return (
    <Paper withBorder p="md" data-testid="item-recorder">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('live.itemHeading', { order: item.order, title: item.title })}
          </Title>
          <Badge variant="outline" color="gray">
            {label.agendaItemKind(t, item.kind)}
          </Badge>
        </Group>
        {item.description && <Text size="sm">{item.description}</Text>}
        <Textarea
          label={t('live.notes')}
          description={t('live.notesHint')}
          autosize
          minRows={3}
          value={notes}
          disabled={locked}
          onChange={(event) => setNotes(event.currentTarget.value)}
          onBlur={saveNotes}
        />
        <Title order={3} size="h5">
          {t('live.decision')}
        </Title>
        <DecisionForm item={item} locked={locked} voting={voting} nameOf={nameOf} />
        <Title order={3} size="h5">
          {t('live.actions')}
        </Title>
        {locked ? null : (
          <AgendaItemActions networkId={meeting.networkId} meetingId={meeting.id} item={item} />
        )}
      </Stack>
    </Paper>
  );
}
