import { Anchor, Group, Loader, Stack } from '@mantine/core';
import { Link, useParams } from 'wouter';
import { useToday } from '../../../app/useToday';
import { PageTitle } from '../../../app/PageTitle';
import { useRegia } from '../../../app/RegiaContext';
import { StateBadge } from '../StateBadge';
import { ReportButton } from '../report/ReportButton';
import { useOrganizationLookup, useProjectData } from '../useProjectData';
import { BudgetSection } from './BudgetSection';
import { IndicatorsSection } from './IndicatorsSection';
import { LinkedActions } from './LinkedActions';
import { ProjectButtons } from './ProjectButtons';
import { ProjectSummary } from './ProjectSummary';
import { useProjectFigures } from './useProjectFigures';
import { WarningsPanel } from './WarningsPanel';
import type { ProjectData } from '../useProjectData';

/** One project: its data, indicators, budget and spending, linked actions and report. */
export function ProjectPage() {
  const { t } = useRegia();
  const { projectId = '' } = useParams<{ projectId: string }>();
  const data = useProjectData(projectId);
  const back = (
    <Anchor component={Link} href="/progetti">
      ← {t('projects.back')}
    </Anchor>
  );
  if (data === undefined) return <Loader aria-label={t('common.loading')} />;
  if (data === null) {
    return (
      <Stack>
        {back}
        <PageTitle title={t('projects.notFound')} />
      </Stack>
    );
  }
  return (
    <Stack>
      {back}
      <ProjectContent data={data} />
    </Stack>
  );
}

function ProjectContent({ data }: { data: ProjectData }) {
  const { t } = useRegia();
  const today = useToday();
  const figures = useProjectFigures(data, today);
  const organizations = useOrganizationLookup(data.project.networkId);
  if (!organizations) return <Loader aria-label={t('common.loading')} />;
  const { names } = organizations;
  return (
    <>
      <PageTitle title={data.project.title}>
        <ReportButton data={data} names={names} today={today} />
        <ProjectButtons data={data} organizations={organizations} />
      </PageTitle>
      <Group gap="xs" mt={-12}>
        <StateBadge state={data.project.state} />
      </Group>
      <ProjectSummary project={data.project} names={names} />
      <WarningsPanel figures={figures} names={names} />
      <IndicatorsSection data={data} figures={figures} names={names} today={today} />
      <BudgetSection data={data} figures={figures} names={names} today={today} />
      <LinkedActions actions={data.actions} names={names} />
    </>
  );
}
