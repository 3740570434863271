import { Anchor, Badge, Group, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { formatEuro, leadNamesLabel, projectPeriodLabel, sumCents } from '../../../shared/projects';
import { useRegia } from '../../app/RegiaContext';
import { projectPath } from './projectPath';
import { StateBadge } from './StateBadge';
import type { NetworkProjects } from './useProjectData';

type ProjectsListProps = {
  data: NetworkProjects;
  names: ReadonlyMap<string, string>;
};

/** The table of the network's projects; archived ones on request. */
export function ProjectsList({ data, names }: ProjectsListProps) {
  const { t, locale } = useRegia();
  const [showArchived, setShowArchived] = useState(false);
  const projects = data.projects.filter((project) => showArchived || project.archivedAt === null);
  return (
    <>
      <Switch
        mb="sm"
        label={t('projects.showArchived')}
        checked={showArchived}
        onChange={(event) => setShowArchived(event.currentTarget.checked)}
      />
      {projects.length === 0 ? (
        <Text>{t('projects.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover data-testid="projects-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('projects.field.title')}</Table.Th>
                <Table.Th>{t('projects.field.code')}</Table.Th>
                <Table.Th>{t('projects.field.state')}</Table.Th>
                <Table.Th>{t('projects.field.period')}</Table.Th>
                <Table.Th>{t('projects.field.leads')}</Table.Th>
                <Table.Th ta="right">{t('projects.field.budget')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {projects.map((project) => (
                <Table.Tr key={project.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <Anchor component={Link} href={projectPath(project.id)}>
                        {project.title}
                      </Anchor>
                      {project.archivedAt && (
                        <Badge variant="dot" color="gray">
                          {t('projects.archivedBadge')}
                        </Badge>
                      )}
                      {project.goodPractice && (
                        <Badge variant="dot" color="teal">
                          {t('projects.goodPractice.badge')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{project.code}</Table.Td>
                  <Table.Td>
                    <StateBadge state={project.state} />
                  </Table.Td>
                  <Table.Td>{projectPeriodLabel(project)}</Table.Td>
                  <Table.Td>{leadNamesLabel(project, (id) => names.get(id) ?? '')}</Table.Td>
                  <Table.Td ta="right">
                    {formatEuro(
                      locale,
                      sumCents(project.fundingSources.map((source) => source.amount)) / 100,
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
