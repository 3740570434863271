import { Loader, SimpleGrid, Stack } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useLocation } from 'wouter';
import { openActionStatuses } from '../../../shared/actions';
import { PageTitle } from '../../app/PageTitle';
import { useRegia } from '../../app/RegiaContext';
import { useCurrentNetwork } from '../../app/useNetworks';
import { useToday } from '../../app/useToday';
import { requestActionFilter } from '../../app/firstScreenParts';
import { ActionSampleCard } from './ActionSampleCard';
import { CompletionChart } from './CompletionChart';
import { NextMeetingCard } from './NextMeetingCard';
import { PartnerLoadCard } from './PartnerLoadCard';
import { ProjectsToFollowCard } from './ProjectsToFollowCard';
import { RecentActivityCard } from './RecentActivityCard';
import { RecentlyCompletedCard } from './RecentlyCompletedCard';
import { StatCard } from './StatCard';
import { useOverviewActions, useOverviewData } from './useOverviewData';

// Loaded when an action is opened: the editor is no part of the first screen.
const ActionEditorDrawer = lazy(() =>
  import('../actions').then((module) => ({ default: module.ActionEditorDrawer })),
);

/** Panoramica: the state of the current network and of its actions at a glance. */
export function OverviewPage() {
  const { t } = useRegia();
  const network = useCurrentNetwork();
  const today = useToday();
  const data = useOverviewData(network.id, today);
  const actions = useOverviewActions(network.id, today, data !== undefined);
  const [editing, setEditing] = useState<string | null>(null);
  const [, navigate] = useLocation();
  const openActions = (filter: Parameters<typeof requestActionFilter>[0]) => (): void => {
    requestActionFilter(filter);
    navigate('/azioni');
  };
  if (!data) return <Loader aria-label={t('common.loading')} />;
  return (
    <Stack>
      <PageTitle title={network.name} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <StatCard
          label={t('overview.organizations')}
          value={data.memberCount}
          testId="stat-members"
          onOpen={() => navigate('/rete')}
        />
        <StatCard
          label={t('overview.openActions')}
          value={actions?.openCount}
          testId="stat-open-actions"
          onOpen={openActions({ statuses: [...openActionStatuses] })}
        />
        <StatCard
          label={t('overview.overdueActions')}
          value={actions?.overdue.count}
          testId="stat-overdue"
          onOpen={openActions({ overdueOnly: true })}
        />
        <StatCard
          label={t('overview.projects')}
          value={data.projectCount}
          testId="stat-projects"
          onOpen={() => navigate('/progetti')}
        />
      </SimpleGrid>
      {actions ? (
        <>
          <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
            <ActionSampleCard
              title={t('actions.overview.overdue')}
              sample={actions.overdue}
              emptyText={t('actions.overview.noneOverdue')}
              today={today}
              onOpen={setEditing}
              testId="overdue-list"
              names={actions.organizationNames}
            />
            <ActionSampleCard
              title={t('actions.overview.dueThisWeek')}
              sample={actions.dueThisWeek}
              emptyText={t('actions.overview.noneThisWeek')}
              today={today}
              onOpen={setEditing}
              testId="due-this-week-list"
              names={actions.organizationNames}
            />
            <ActionSampleCard
              title={t('actions.overview.blocked')}
              sample={actions.blocked}
              emptyText={t('actions.overview.noneBlocked')}
              today={today}
              onOpen={setEditing}
              testId="blocked-list"
              names={actions.organizationNames}
            />
            <NextMeetingCard meeting={data.nextMeeting} />
            <RecentlyCompletedCard completions={actions.recentlyCompleted} onOpen={setEditing} />
            <PartnerLoadCard
              partners={actions.partners}
              partnerCount={actions.partnerCount}
              names={actions.organizationNames}
            />
            <ProjectsToFollowCard projects={data.projectsToFollow} />
          </SimpleGrid>
          <CompletionChart months={actions.completions} />
        </>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
          <NextMeetingCard meeting={data.nextMeeting} />
          <Loader aria-label={t('common.loading')} />
        </SimpleGrid>
      )}
      <RecentActivityCard changes={data.recentChanges} />
      {editing !== null && (
        <Suspense fallback={null}>
          <ActionEditorDrawer actionId={editing} onClose={() => setEditing(null)} />
        </Suspense>
      )}
    </Stack>
  );
}
