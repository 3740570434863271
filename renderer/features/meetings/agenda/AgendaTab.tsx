import { Alert, Button, Group, Loader, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown, IconLock, IconPlus, IconTemplate } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { Meeting } from '../../../../shared/domain';
import {
  agendaTemplates,
  agendaTiming,
  invitedMemberships,
  isActionsProgressItem,
} from '../../../../shared/meetings';
import { useRegia } from '../../../app/RegiaContext';
import { useToday } from '../../../app/useToday';
import { AttachmentList } from '../attachments/AttachmentList';
import { ConvocationPanel } from '../convocation/ConvocationPanel';
import { ActionsProgress } from './ActionsProgress';
import type { AgendaView } from './agendaReads';
import { AgendaList } from './AgendaList';
import { AgendaSummary } from './AgendaSummary';
import { MeetingDetails } from './MeetingDetails';
import { useAgendaCommands } from './useAgendaCommands';
import { useAgendaView } from './useAgendaView';
import { presenterName, useMeetingDirectory } from './useNetworkDirectory';

/** The agenda builder: meeting details, items with timing, templates, documents, convocation. */
export function AgendaTab({ meeting }: { meeting: Meeting }) {
  const { t } = useRegia();
  const view = useAgendaView(meeting);
  if (!view) return <Loader aria-label={t('common.loading')} />;
  return <AgendaBuilder meeting={meeting} view={view} />;
}

function AgendaBuilder({ meeting, view }: { meeting: Meeting; view: AgendaView }) {
  const { t } = useRegia();
  const { items, attachments, network, names } = view;
  // The second read, once the agenda is drawn: the invited members and their representatives.
  const recipients = useMeetingDirectory(meeting, items);
  const locked = meeting.status === 'verbaleApprovato';
  const today = useToday();
  const commands = useAgendaCommands(meeting, names);
  const timing = useMemo(
    () => agendaTiming(meeting.date, meeting.startTime, items),
    [meeting.date, meeting.startTime, items],
  );
  const presenters = useMemo(
    () => new Map(items.map((item) => [item.id, presenterName(names, item)])),
    [items, names],
  );
  const invitedCount = recipients && invitedMemberships(meeting, recipients.memberships).length;
  return (
    <Stack data-testid="agenda">
      {locked && (
        <Alert variant="default" icon={<IconLock size={18} />} data-testid="agenda-locked">
          {t('meetings.agenda.locked')}
        </Alert>
      )}
      <MeetingDetails meeting={meeting} names={names} invitedCount={invitedCount} locked={locked} />
      <Paper withBorder p="sm" component="section" aria-labelledby="agenda-heading">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h4" id="agenda-heading">
              {t('meetings.agenda')}
            </Title>
            {!locked && (
              <Group gap="xs">
                <Menu position="bottom-end">
                  <Menu.Target>
                    <Button
                      variant="default"
                      leftSection={<IconTemplate size={18} />}
                      rightSection={<IconChevronDown size={16} />}
                    >
                      {t('meetings.agenda.template')}
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {agendaTemplates.map((template) => (
                      <Menu.Item key={template} onClick={() => commands.applyTemplate(template)}>
                        {t(`meetings.agenda.template.${template}`)}
                      </Menu.Item>
                    ))}
                  </Menu.Dropdown>
                </Menu>
                <Button leftSection={<IconPlus size={18} />} onClick={commands.add}>
                  {t('meetings.agenda.add')}
                </Button>
              </Group>
            )}
          </Group>
          <AgendaSummary meeting={meeting} timing={timing} />
          {items.length === 0 ? (
            <Text size="sm">{t('meetings.agenda.empty')}</Text>
          ) : (
            <AgendaList
              items={items}
              timings={timing.items}
              presenters={presenters}
              commands={commands}
              locked={locked}
              onMove={commands.move}
              renderExtra={(item) => (
                <>
                  {isActionsProgressItem(item) && (
                    <ActionsProgress networkId={meeting.networkId} today={today} />
                  )}
                  <AttachmentList
                    title={item.title}
                    attachments={attachments.filter(
                      (attachment) => attachment.agendaItemId === item.id,
                    )}
                  />
                </>
              )}
            />
          )}
        </Stack>
      </Paper>
      {network && (
        <ConvocationPanel
          meeting={meeting}
          items={items}
          network={network}
          directory={recipients}
          attachments={attachments}
        />
      )}
    </Stack>
  );
}
