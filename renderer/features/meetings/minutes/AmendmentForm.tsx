import { Button, List, NativeSelect, Stack, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { Meeting } from '../../../../shared/domain';
import { formatDateTime } from '../../../app/formatting';
import { useRegia } from '../../../app/RegiaContext';
import { laterMeetings } from './minutesWrites';
import { useMinutesCommands } from './useMinutesCommands';

/** Corrections to approved minutes: listed, and a new one recorded, never a silent edit. */
export function AmendmentForm({ meeting, meetings }: { meeting: Meeting; meetings: Meeting[] }) {
  const { t, locale } = useRegia();
  const commands = useMinutesCommands(meeting.id);
  const [text, setText] = useState('');
  const [approvedIn, setApprovedIn] = useState('');
  const later = laterMeetings(meeting, meetings);
  const record = (): void => {
    void commands.addAmendment(text, approvedIn === '' ? null : approvedIn).then((recorded) => {
      if (recorded) setText('');
    });
  };
  return (
    <Stack gap="xs" data-testid="amendments">
      <Title order={3} size="h5">
        {t('minutes.amendments')}
      </Title>
      {meeting.minutesAmendments.length > 0 && (
        <List size="sm">
          {meeting.minutesAmendments.map((amendment) => (
            <List.Item key={amendment.at}>
              {formatDateTime(locale, amendment.at)}: {amendment.text}
            </List.Item>
          ))}
        </List>
      )}
      <Textarea
        label={t('minutes.newAmendment')}
        description={t('minutes.amendmentHint')}
        autosize
        minRows={2}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <NativeSelect
        label={t('minutes.amendmentApprovedIn')}
        value={approvedIn}
        data={[
          { value: '', label: t('minutes.amendmentNotYetApproved') },
          ...later.map((other) => ({
            value: other.id,
            label: t('minutes.meetingShort', { number: other.number, year: other.year }),
          })),
        ]}
        onChange={(event) => setApprovedIn(event.currentTarget.value)}
      />
      <Button w="fit-content" disabled={text.trim() === ''} onClick={record}>
        {t('minutes.recordAmendment')}
      </Button>
    </Stack>
  );
}
