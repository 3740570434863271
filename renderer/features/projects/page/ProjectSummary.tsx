import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Project } from '../../../../shared/domain';
import {
  callLabel,
  formatEuro,
  fundingLabel,
  leadsLabel,
  projectPeriodLabel,
} from '../../../../shared/projects';
import { useRegia } from '../../../app/RegiaContext';

type ProjectSummaryProps = { project: Project; names: ReadonlyMap<string, string> };

function Field({ label, children }: { label: string; children: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="p">
        {label}
      </Text>
      <Text component="p">{children || '—'}</Text>
    </div>
  );
}

/** The data of a project: code, Avviso, period, capofila, partners with roles and shares, funding. */
export function ProjectSummary({ project, names }: ProjectSummaryProps) {
  const { t, locale } = useRegia();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="project-summary">
      <Title order={2} size="h4" id="project-summary" mb="sm">
        {t('projects.section.summary')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <Field label={t('projects.field.code')}>{project.code}</Field>
        <Field label={t('projects.field.call')}>{callLabel(locale, project)}</Field>
        <Field label={t('projects.field.period')}>{projectPeriodLabel(project)}</Field>
        <Field label={t('projects.field.leads')}>
          {leadsLabel(project, (id) => names.get(id) ?? '')}
        </Field>
        <Field label={t('projects.field.funding')}>{fundingLabel(locale, project)}</Field>
      </SimpleGrid>
      <Stack gap={2} mt="sm">
        <Text size="sm" c="dimmed" component="p">
          {t('projects.field.partners')}
        </Text>
        {project.partners.map((partner) => (
          <Text key={partner.organizationId} component="p">
            {names.get(partner.organizationId) ?? ''} — {partner.role} —{' '}
            {formatEuro(locale, partner.budgetShare)}
          </Text>
        ))}
      </Stack>
      {project.description && (
        <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {project.description}
        </Text>
      )}
    </Paper>
  );
}
