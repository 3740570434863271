import { Alert, Button, Group, Loader, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown, IconLock, IconPlus, IconTemplate } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { AgendaItem, Attachment, Meeting, Network } from '../../../../shared/domain';
import { agendaTemplates, agendaTiming, isActionsProgressItem } from '../../../../shared/meetings';
import { useRegia } from '../../../app/RegiaContext';
import { useToday } from '../../actions';
import { AttachmentList } from '../attachments/AttachmentList';
import { useMeetingAttachments } from '../attachments/useMeetingAttachments';
import { ConvocationPanel } from '../convocation/ConvocationPanel';
import { ActionsProgress } from './ActionsProgress';
import { AgendaList } from './AgendaList';
import { AgendaSummary } from './AgendaSummary';
import { MeetingDetails } from './MeetingDetails';
import { useAgendaCommands } from './useAgendaCommands';
import { useMeetingAgenda } from './useMeetingAgenda';
import { presenterName, useMeetingDirectory, type NetworkDirectory } from './useNetworkDirectory';

/** The agenda builder: meeting details, items with timing, templates, documents, convocation. */
export function AgendaTab({ meeting }: { meeting: Meeting }) {
  const { t, db } = useRegia();
  const items = useMeetingAgenda(meeting.id);
  const directory = useMeetingDirectory(meeting, items);
  const attachments = useMeetingAttachments(meeting.id);
  const network = useLiveQuery(
    async () => (await db.networks.get(meeting.networkId)) ?? null,
    [db, meeting.networkId],
  );
  if (!items || !directory || !attachments || network === undefined) {
    return <Loader aria-label={t('common.loading')} />;
  }
  return (
    <AgendaBuilder
      meeting={meeting}
      items={items}
      directory={directory}
      attachments={attachments}
      network={network}
    />
  );
}

type AgendaBuilderProps = {
  meeting: Meeting;
  items: AgendaItem[];
  directory: NetworkDirectory;
  attachments: Attachment[];
  network: Network | null;
};

function AgendaBuilder({ meeting, items, directory, attachments, network }: AgendaBuilderProps) {
  const { t, locale } = useRegia();
  const locked = meeting.status === 'verbaleApprovato';
  const today = useToday();
  const commands = useAgendaCommands(meeting, directory);
  const timing = useMemo(
    () => agendaTiming(meeting.date, meeting.startTime, items),
    [meeting.date, meeting.startTime, items],
  );
  const presenters = useMemo(
    () => new Map(items.map((item) => [item.id, presenterName(directory, item)])),
    [items, directory],
  );
  const inputs = useMemo(
    () => (network ? { locale, network, meeting, items, directory } : null),
    [locale, network, meeting, items, directory],
  );
  return (
    <Stack data-testid="agenda">
      {locked && (
        <Alert variant="default" icon={<IconLock size={18} />} data-testid="agenda-locked">
          {t('meetings.agenda.locked')}
        </Alert>
      )}
      <MeetingDetails meeting={meeting} directory={directory} locked={locked} />
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
                    <ActionsProgress
                      networkId={meeting.networkId}
                      today={today}
                      directory={directory}
                    />
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
      {inputs && <ConvocationPanel inputs={inputs} attachments={attachments} />}
    </Stack>
  );
}
