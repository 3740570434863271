import { Badge, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { AgendaItem, Meeting } from '../../../../shared/domain';
import { meetingTextMaxLength } from '../../../../shared/meetings';
import { label } from '../../../app/labels';
import { notifyError } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { useAutosavedText } from '../../../ui';
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

/**
 * The notes on an item for the minutes, saved as they are typed and kept as a local draft until
 * saved (the minutes editor shares the draft), so a reload or a closed window loses nothing.
 */
function NotesField({ item, locked }: { item: AgendaItem; locked: boolean }) {
  const { t } = useRegia();
  const commands = useLiveCommands(item.meetingId);
  const notes = useAutosavedText({
    draftKey: `agendaItem:${item.id}:minutesText`,
    value: item.minutesText,
    save: (text) => commands.saveNotes(item.id, text),
    onError: (error) => notifyError(t, error),
  });
  return (
    <Textarea
      label={t('live.notes')}
      description={
        notes.status === 'saved' ? t('live.notesHint') : t(`ui.autosave.${notes.status}`)
      }
      autosize
      minRows={3}
      maxLength={meetingTextMaxLength}
      disabled={locked}
      {...notes.inputProps}
    />
  );
}

/** What the secretary records on the current item: notes, the decision and its vote, actions. */
export function ItemRecorder({ meeting, item, locked, voting, nameOf }: ItemRecorderProps) {
  const { t } = useRegia();
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
        <NotesField key={item.id} item={item} locked={locked} />
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
