import { Button, Loader, SegmentedControl, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { splitByToday } from '../../../shared/meetings';
import { PageTitle } from '../../app/PageTitle';
import { useRegia } from '../../app/RegiaContext';
import { useCurrentNetwork } from '../../app/useNetworks';
import { useToday } from '../actions';
import { MeetingCalendar } from './calendar/MeetingCalendar';
import { MeetingsTable } from './list/MeetingsTable';
import { useNetworkMeetings } from './list/useNetworkMeetings';
import { useMeetingCommands } from './useMeetingCommands';

type MeetingsView = 'list' | 'calendar';

/** Riunioni: the upcoming and past meetings of the current network, as lists or as a month calendar. */
export function MeetingsPage() {
  const { t } = useRegia();
  const network = useCurrentNetwork();
  const today = useToday();
  const meetings = useNetworkMeetings(network.id);
  const [view, setView] = useState<MeetingsView>('list');
  const commands = useMeetingCommands();

  const { upcoming, past } = splitByToday(meetings ?? [], today);

  return (
    <Stack>
      <PageTitle title={t('meetings.title')}>
        <Button leftSection={<IconPlus size={18} />} onClick={() => commands.create(network.id)}>
          {t('meetings.new')}
        </Button>
      </PageTitle>
      <SegmentedControl
        aria-label={t('meetings.view')}
        style={{ alignSelf: 'flex-start' }}
        value={view}
        onChange={(value) => setView(value === 'calendar' ? 'calendar' : 'list')}
        data={[
          { value: 'list', label: t('meetings.view.list') },
          { value: 'calendar', label: t('meetings.view.calendar') },
        ]}
      />
      {!meetings ? (
        <Loader aria-label={t('common.loading')} />
      ) : view === 'calendar' ? (
        <MeetingCalendar meetings={meetings} today={today} />
      ) : (
        <Stack gap="lg" data-testid="meetings-list">
          <MeetingsTable
            caption={t('meetings.upcoming')}
            meetings={upcoming}
            emptyText={t('meetings.noUpcoming')}
            testId="meetings-upcoming"
          />
          <MeetingsTable
            caption={t('meetings.past')}
            meetings={past}
            emptyText={t('meetings.noPast')}
            testId="meetings-past"
          />
        </Stack>
      )}
    </Stack>
  );
}
