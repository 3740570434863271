import { Paper, Stack, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AgendaItem, Meeting } from '../../../../shared/domain';
import type { PatchOf } from '../../../db';
import { reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';

type SavedTextProps = {
  label: string;
  value: string;
  disabled: boolean;
  onSave: (value: string) => Promise<unknown>;
};

/** A text area saved when it loses focus. */
function SavedText({ label, value, disabled, onSave }: SavedTextProps) {
  const { t } = useRegia();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <Textarea
      label={label}
      autosize
      minRows={2}
      value={draft}
      disabled={disabled}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={() => {
        if (draft !== value) void reportFailure(t, () => onSave(draft));
      }}
    />
  );
}

/** The text of the minutes, starting from what was recorded live: premise, discussion, decisions. */
export function MinutesEditor(props: { meeting: Meeting; items: AgendaItem[]; locked: boolean }) {
  const { t, repositories } = useRegia();
  const { meeting, locked } = props;
  const saveItem = (item: AgendaItem, patch: PatchOf<'agendaItems'>): Promise<unknown> =>
    repositories.agendaItems.update(item.id, patch);
  return (
    <Stack gap="sm" data-testid="minutes-editor">
      <SavedText
        label={t('minutes.premise')}
        value={meeting.minutesPremise}
        disabled={locked}
        onSave={(value) => repositories.meetings.update(meeting.id, { minutesPremise: value })}
      />
      {props.items.map((item) => (
        <Paper key={item.id} withBorder p="sm">
          <Title order={3} size="h5" mb="xs">
            {item.order}. {item.title}
          </Title>
          <Stack gap="xs">
            <SavedText
              label={t('minutes.discussionOf', { order: item.order })}
              value={item.minutesText}
              disabled={locked}
              onSave={(value) => saveItem(item, { minutesText: value })}
            />
            {item.decision && (
              <SavedText
                label={t('minutes.decisionOf', { order: item.order })}
                value={item.decision.text}
                disabled={locked}
                onSave={(value) =>
                  item.decision
                    ? saveItem(item, { decision: { ...item.decision, text: value } })
                    : Promise.resolve()
                }
              />
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
