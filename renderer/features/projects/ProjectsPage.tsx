import { Button, Loader, Stack, Tabs } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import { PageTitle } from '../../app/PageTitle';
import { useRegia } from '../../app/RegiaContext';
import { useCurrentNetwork } from '../../app/useNetworks';
import { openProjectForm } from './form/ProjectForm';
import { GoodPracticeRegister } from './goodPractices/GoodPracticeRegister';
import { NetworkOverview } from './overview/NetworkOverview';
import { ProjectsList } from './ProjectsList';
import { projectPath } from './projectPath';
import { useNetworkProjects, useOrganizationLookup } from './useProjectData';

/** Progetti: the network's projects, their monitoring across the network and the good practices. */
export function ProjectsPage() {
  const { t } = useRegia();
  const network = useCurrentNetwork();
  const [, navigate] = useLocation();
  const data = useNetworkProjects(network.id);
  const organizations = useOrganizationLookup(network.id);
  const openNew = (): void =>
    openProjectForm(t, {
      networkId: network.id,
      project: null,
      organizations: organizations?.choices ?? [],
      onCreated: (projectId) => navigate(projectPath(projectId)),
    });
  return (
    <Stack>
      <PageTitle title={t('projects.title')}>
        <Button leftSection={<IconPlus size={18} />} onClick={openNew} disabled={!organizations}>
          {t('projects.new')}
        </Button>
      </PageTitle>
      {!data || !organizations ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <Tabs defaultValue="list" keepMounted={false}>
          <Tabs.List aria-label={t('projects.tabs')}>
            <Tabs.Tab value="list">{t('projects.tab.list')}</Tabs.Tab>
            <Tabs.Tab value="overview">{t('projects.tab.overview')}</Tabs.Tab>
            <Tabs.Tab value="goodPractices">{t('projects.tab.goodPractices')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="list" pt="md">
            <ProjectsList data={data} names={organizations.names} />
          </Tabs.Panel>
          <Tabs.Panel value="overview" pt="md">
            <NetworkOverview data={data} />
          </Tabs.Panel>
          <Tabs.Panel value="goodPractices" pt="md">
            <GoodPracticeRegister
              projects={data.projects}
              names={organizations.names}
              networkName={network.name}
            />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
