import { ActionIcon, Button, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { Meeting, MeetingGuest } from '../../../../shared/domain';
import { useRegia } from '../../../app/RegiaContext';
import { useGuestCommands } from './useGuestCommands';

const emptyGuest: MeetingGuest = { name: '', body: '', role: '' };

/** Guests and observers from outside the network: named in the minutes, never in the quorum. */
export function GuestsPanel({ meeting, locked }: { meeting: Meeting; locked: boolean }) {
  const { t } = useRegia();
  const commands = useGuestCommands(meeting);
  const [guest, setGuest] = useState<MeetingGuest>(emptyGuest);
  const guests = meeting.guests ?? [];
  const add = (): void => {
    if (guest.name.trim() === '') return;
    commands.add(guest);
    setGuest(emptyGuest);
  };
  return (
    <Stack gap="xs" mt="md" data-testid="guests">
      <Title order={3} size="h5">
        {t('presence.guests')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('presence.guestsHint')}
      </Text>
      {guests.length > 0 && (
        <List size="sm">
          {guests.map((row, index) => (
            <List.Item key={`${row.name}-${index}`}>
              <Group gap={4} wrap="nowrap">
                <Text size="sm">{[row.name, row.role, row.body].filter(Boolean).join(', ')}</Text>
                {!locked && (
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="gray"
                    aria-label={t('presence.removeGuest', { name: row.name })}
                    onClick={() => commands.remove(index)}
                  >
                    <IconX size={14} />
                  </ActionIcon>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {!locked && (
        <Group align="end" gap="xs">
          <TextInput
            size="xs"
            label={t('presence.guestName')}
            value={guest.name}
            maxLength={200}
            onChange={(event) => setGuest({ ...guest, name: event.currentTarget.value })}
          />
          <TextInput
            size="xs"
            label={t('presence.guestBody')}
            value={guest.body}
            maxLength={300}
            onChange={(event) => setGuest({ ...guest, body: event.currentTarget.value })}
          />
          <TextInput
            size="xs"
            label={t('presence.guestRole')}
            value={guest.role}
            maxLength={200}
            onChange={(event) => setGuest({ ...guest, role: event.currentTarget.value })}
          />
          <Button size="xs" disabled={guest.name.trim() === ''} onClick={add}>
            {t('presence.addGuest')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
