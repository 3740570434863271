import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  NavLink,
  Paper,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { IconPresentation } from '@tabler/icons-react';
import { useState } from 'react';
import type { Meeting } from '../../../../shared/domain';
import { isInProgress, livePresence } from '../../../../shared/meetings/meetingMoment';
import { useRegia } from '../../../app/RegiaContext';
import { AttendancePanel } from './AttendancePanel';
import { ItemRecorder } from './ItemRecorder';
import { MeetingClock } from './MeetingClock';
import { ProjectorView } from './ProjectorView';
import { QuorumIndicator } from './QuorumIndicator';
import { SecondCallSwitch } from './SecondCallSwitch';
import { useItemTimer } from './useItemTimer';
import { useLiveCommands } from './useLiveCommands';
import { useMeetingNow } from './useMeetingNow';
import { useMeetingRecord } from './useMeetingRecord';

/** The live meeting: projector view, attendance with quorum, decisions and actions on the spot. */
export function LiveMeetingTab({ meeting }: { meeting: Meeting }) {
  const { t } = useRegia();
  const record = useMeetingRecord(meeting);
  const commands = useLiveCommands(meeting.id);
  const [index, setIndex] = useState(0);
  const [projecting, setProjecting] = useState(false);
  const items = record?.items ?? [];
  const current = items[Math.min(index, Math.max(0, items.length - 1))];
  const elapsed = useItemTimer(current?.id ?? null);
  const now = useMeetingNow(isInProgress(meeting, new Date()));
  if (!record) return <Loader aria-label={t('common.loading')} />;
  const locked = meeting.status === 'verbaleApprovato';
  const presence = livePresence({ ...record, meeting }, now);
  const { quorum } = presence;
  const votingSet = new Set(presence.votingOrganizationIds);
  const voting = {
    voters: presence.voters,
    voterIds: [
      ...presence.presentOrganizationIds.filter((id) => votingSet.has(id)),
      ...presence.proxies.map((proxy) => proxy.fromOrganizationId),
    ],
    majorityRule: record.network?.majorityRule ?? 'semplice',
  };
  const nameOf = (organizationId: string): string =>
    record.organizations.get(organizationId)?.name ?? '';
  const move = (step: number): void =>
    setIndex((position) => Math.min(Math.max(position + step, 0), Math.max(items.length - 1, 0)));
  return (
    <Stack data-testid="live-meeting">
      {locked && <Alert color="teal">{t('live.locked')}</Alert>}
      <Paper withBorder p="sm">
        <Group justify="space-between" align="end" wrap="wrap">
          <MeetingClock meeting={meeting} locked={locked} />
          <QuorumIndicator
            presence={presence}
            network={record.network}
            locked={locked}
            commands={commands}
          />
          <SecondCallSwitch meeting={meeting} network={record.network} locked={locked} />
          <Button
            leftSection={<IconPresentation size={16} />}
            onClick={() => setProjecting(true)}
            disabled={items.length === 0}
          >
            {t('live.project')}
          </Button>
        </Group>
      </Paper>
      {items.length === 0 ? (
        <Text>{t('live.noItems')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <nav aria-label={t('live.agenda')}>
            {items.map((item, position) => (
              <NavLink
                key={item.id}
                component="button"
                active={item.id === current?.id}
                label={`${item.order}. ${item.title}`}
                rightSection={
                  item.decision ? (
                    <Badge size="xs" variant="dot" color="teal">
                      {t(`live.decisionOutcome.${item.decision.outcome}`)}
                    </Badge>
                  ) : undefined
                }
                onClick={() => setIndex(position)}
              />
            ))}
          </nav>
          <div style={{ gridColumn: 'span 2' }}>
            {current && (
              <ItemRecorder
                meeting={meeting}
                item={current}
                locked={locked}
                voting={voting}
                nameOf={nameOf}
              />
            )}
          </div>
        </SimpleGrid>
      )}
      <AttendancePanel meeting={meeting} record={record} presence={presence} locked={locked} />
      <ProjectorView
        opened={projecting}
        onClose={() => setProjecting(false)}
        title={t('live.projectorTitle', { number: meeting.number, year: meeting.year })}
        items={items}
        index={Math.min(index, Math.max(0, items.length - 1))}
        onMove={move}
        elapsedSeconds={elapsed}
        quorum={quorum}
      />
    </Stack>
  );
}
