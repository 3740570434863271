import { Button, Stack, Text } from '@mantine/core';
import { IconArchive, IconEdit, IconRestore, IconStar } from '@tabler/icons-react';
import { useId } from 'react';
import { canBeGoodPractice } from '../../../../shared/projects';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { openProjectForm } from '../form/ProjectForm';
import { openGoodPracticeForm } from '../goodPractices/GoodPracticeForm';
import type { OrganizationLookup, ProjectData } from '../useProjectData';
import { useProjectCommands } from '../useProjectCommands';

type ProjectButtonsProps = { data: ProjectData; organizations: OrganizationLookup };

/** Edit, good practice and archive buttons of a project's page (the report has its own). */
export function ProjectButtons({ data, organizations }: ProjectButtonsProps) {
  const { t } = useRegia();
  const commands = useProjectCommands();
  const { project } = data;
  const reasonId = useId();
  const eligible = canBeGoodPractice(project);
  const archive = (): void =>
    void reportFailure(t, async () => {
      const archiving = project.archivedAt === null;
      await commands.setArchived(project.id, archiving);
      notifySuccess(t, t(archiving ? 'projects.archived' : 'projects.restored'));
    });
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconEdit size={16} />}
        onClick={() =>
          openProjectForm(t, {
            networkId: project.networkId,
            project,
            organizations: organizations.choices,
          })
        }
      >
        {t('projects.edit')}
      </Button>
      {/* Why the button is disabled is written under it, not left to a hover title. */}
      <Stack gap={2} align="center">
        <Button
          variant="default"
          leftSection={<IconStar size={16} />}
          disabled={!eligible}
          aria-describedby={eligible ? undefined : reasonId}
          onClick={() => openGoodPracticeForm(t, project)}
        >
          {t(
            project.goodPractice ? 'projects.goodPractice.editMark' : 'projects.goodPractice.mark',
          )}
        </Button>
        {!eligible && (
          <Text id={reasonId} size="xs" c="dimmed" maw={240} ta="center">
            {t('projects.goodPractice.onlyConcluded')}
          </Text>
        )}
      </Stack>
      <Button
        variant="default"
        leftSection={project.archivedAt ? <IconRestore size={16} /> : <IconArchive size={16} />}
        onClick={archive}
      >
        {t(project.archivedAt ? 'projects.restore' : 'projects.archive')}
      </Button>
    </>
  );
}
