import { Paper, Stack, Textarea, Title } from '@mantine/core';
import type { AgendaItem, Meeting } from '../../../../shared/domain';
import { notifyError } from '../../../app/notify';
import { meetingTextMaxLength } from '../../../../shared/meetings';
import { useAutosavedText } from '../../../ui';
import { useRegia } from '../../../app/RegiaContext';
import { useMinutesCommands } from './useMinutesCommands';

type SavedTextProps = {
  label: string;
  /** Names the text across reloads: its record and field. */
  draftKey: string;
  value: string;
  disabled: boolean;
  onSave: (value: string) => Promise<unknown>;
};

/** A text area saved as it is typed (and kept as a draft until saved), so a reload loses nothing. */
function SavedText({ label, draftKey, value, disabled, onSave }: SavedTextProps) {
  const { t } = useRegia();
  const text = useAutosavedText({
    draftKey,
    value,
    save: onSave,
    onError: (error) => notifyError(t, error),
  });
  return (
    <Textarea
      label={label}
      autosize
      minRows={2}
      maxLength={meetingTextMaxLength}
      disabled={disabled}
      description={text.status === 'saved' ? undefined : t(`ui.autosave.${text.status}`)}
      {...text.inputProps}
    />
  );
}

/** The text of the minutes, starting from what was recorded live: premise, discussion, decisions. */
export function MinutesEditor(props: { meeting: Meeting; items: AgendaItem[]; locked: boolean }) {
  const { t } = useRegia();
  const { meeting, locked } = props;
  const commands = useMinutesCommands(meeting.id);
  return (
    <Stack gap="sm" data-testid="minutes-editor">
      <SavedText
        label={t('minutes.premise')}
        draftKey={`meeting:${meeting.id}:minutesPremise`}
        value={meeting.minutesPremise}
        disabled={locked}
        onSave={commands.savePremise}
      />
      {props.items.map((item) => (
        <Paper key={item.id} withBorder p="sm">
          <Title order={3} size="h5" mb="xs">
            {item.order}. {item.title}
          </Title>
          <Stack gap="xs">
            <SavedText
              label={t('minutes.discussionOf', { order: item.order })}
              draftKey={`agendaItem:${item.id}:minutesText`}
              value={item.minutesText}
              disabled={locked}
              onSave={(value) => commands.saveDiscussion(item.id, value)}
            />
            {item.decision && (
              <SavedText
                label={t('minutes.decisionOf', { order: item.order })}
                draftKey={`agendaItem:${item.id}:decisionText`}
                value={item.decision.text}
                disabled={locked}
                onSave={(value) => commands.saveDecisionText(item.id, value)}
              />
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
