import { Anchor, Badge, Card, Group, List, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { periodLabel, type ProjectToFollow } from '../../../shared/projects';
import { formatDate } from '../../app/formatting';
import { useRegia } from '../../app/RegiaContext';
import { projectPath } from '../../app/firstScreenParts';

/** The active projects with their next report to Regione and what lags behind plan. */
export function ProjectsToFollowCard({ projects }: { projects: readonly ProjectToFollow[] }) {
  const { t, locale } = useRegia();
  return (
    <Card withBorder data-testid="projects-to-follow">
      <Title order={2} size="h4" mb="xs">
        {t('overview.projectsToFollow')}
      </Title>
      {projects.length === 0 ? (
        <Text size="sm">{t('overview.noProjectsToFollow')}</Text>
      ) : (
        <List spacing={6} listStyleType="none">
          {projects.map(({ project, reportDue, partnersBehind, overspent }) => (
            <List.Item key={project.id}>
              <Anchor component={Link} href={projectPath(project.id)} size="sm" fw={500}>
                {project.title}
              </Anchor>
              {reportDue && (
                <Text size="xs">
                  {t('overview.reportDue', {
                    period: periodLabel(locale, reportDue.period),
                    date: formatDate(locale, reportDue.dueDate, 'dd/MM/yyyy'),
                  })}
                </Text>
              )}
              <Group gap={4}>
                {partnersBehind > 0 && (
                  <Badge variant="dot" color="orange" size="sm">
                    {t('overview.partnersBehind', { count: partnersBehind })}
                  </Badge>
                )}
                {overspent && (
                  <Badge variant="dot" color="red" size="sm">
                    {t('overview.overspent')}
                  </Badge>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
