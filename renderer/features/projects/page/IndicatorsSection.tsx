import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useRegia } from '../../../app/RegiaContext';
import type { ProjectData } from '../useProjectData';
import { IndicatorCard } from './IndicatorCard';
import { openIndicatorForm } from './IndicatorForm';
import type { ProjectFigures } from './useProjectFigures';
import { partnerChoices } from './periodChoices';
import { QuarterGrid } from './QuarterGrid';
import { ValueForm } from './ValueForm';

type IndicatorsSectionProps = {
  data: ProjectData;
  figures: ProjectFigures;
  names: ReadonlyMap<string, string>;
  today: string;
};

/** The indicators of a project, the form to enter values and each indicator's results. */
export function IndicatorsSection({ data, figures, names, today }: IndicatorsSectionProps) {
  const { t } = useRegia();
  const partners = partnerChoices(data.project, names);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="project-indicators">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="project-indicators">
          {t('projects.section.indicators')}
        </Title>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => openIndicatorForm(t, data.project.id, undefined, partners)}
        >
          {t('projects.indicator.new')}
        </Button>
      </Group>
      {figures.indicators.length === 0 ? (
        <Text>{t('projects.indicator.none')}</Text>
      ) : (
        <Stack>
          <ValueForm data={data} names={names} today={today} />
          <QuarterGrid data={data} names={names} today={today} />
          {figures.indicators.map((summary) => (
            <IndicatorCard
              key={summary.indicator.id}
              summary={summary}
              names={names}
              partners={partners}
              values={data.values}
            />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
