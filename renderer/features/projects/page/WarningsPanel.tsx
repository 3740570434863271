import { Group, List, Paper, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { formatShare } from '../../../../shared/projects';
import { useRegia } from '../../../app/RegiaContext';
import type { ProjectFigures } from './useProjectFigures';

type WarningsPanelProps = { figures: ProjectFigures; names: ReadonlyMap<string, string> };

/** The partners whose spending or results fall behind the time elapsed. */
export function WarningsPanel({ figures, names }: WarningsPanelProps) {
  const { t, locale } = useRegia();
  if (figures.warnings.length === 0) {
    return figures.elapsed === null ? null : (
      <Text size="sm">
        {t('projects.warning.elapsed', { share: formatShare(locale, figures.elapsed) })} —{' '}
        {t('projects.warning.none')}
      </Text>
    );
  }
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="project-warnings"
      data-testid="project-warnings"
      style={{ borderColor: 'var(--mantine-color-orange-6)', borderWidth: 2 }}
    >
      <Group gap="xs" mb="xs">
        <IconAlertTriangle color="var(--mantine-color-orange-6)" aria-hidden />
        <Title order={2} size="h4" id="project-warnings">
          {t('projects.section.warnings')}
        </Title>
      </Group>
      <Text size="sm" mb="xs">
        {t('projects.warning.elapsed', { share: formatShare(locale, figures.elapsed ?? 0) })}
      </Text>
      <List size="sm">
        {figures.warnings.map((warning) => (
          <List.Item key={`${warning.kind}-${warning.organizationId}`}>
            {t(`projects.warning.${warning.kind}`, {
              partner: names.get(warning.organizationId) ?? '',
              actual: formatShare(locale, warning.actualShare),
              expected: formatShare(locale, warning.expectedShare),
            })}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
