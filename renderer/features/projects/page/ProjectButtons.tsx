import { Button, Menu } from '@mantine/core';
import { IconArchive, IconChevronDown, IconEdit, IconRestore, IconStar } from '@tabler/icons-react';
import { useState } from 'react';
import {
  canBeGoodPractice,
  monitoringReport,
  type ReportDocument,
} from '../../../../shared/projects';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useNetworkLetterhead } from '../../../app/print';
import { useRegia } from '../../../app/RegiaContext';
import { useNetworks } from '../../../app/useNetworks';
import { openProjectForm } from '../form/ProjectForm';
import { openGoodPracticeForm } from '../goodPractices/GoodPracticeForm';
import { ReportPreview } from '../report/ReportPreview';
import { fileSlug, saveReport } from '../report/saveReport';
import type { OrganizationLookup, ProjectData } from '../useProjectData';
import { useProjectCommands } from '../useProjectCommands';

type ProjectButtonsProps = { data: ProjectData; organizations: OrganizationLookup; today: string };

/** Edit, report (DOCX, xlsx, PDF), good practice and archive buttons of a project's page. */
export function ProjectButtons({ data, organizations, today }: ProjectButtonsProps) {
  const { t, locale } = useRegia();
  const commands = useProjectCommands();
  const { networks } = useNetworks();
  const [preview, setPreview] = useState<ReportDocument | null>(null);
  const { project } = data;
  const letterhead = useNetworkLetterhead(project.networkId);
  const report = (): ReportDocument =>
    monitoringReport({
      locale,
      project,
      networkName: networks.find((network) => network.id === project.networkId)?.name ?? '',
      names: organizations.names,
      indicators: data.indicators,
      values: data.values,
      expenditures: data.expenditures,
      actions: data.actions,
      today,
      range: { from: null, to: null },
    });
  const fileName = `${t('projects.report.fileName')}-${fileSlug(project.code || project.title)}-${today}`;
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
      <Menu position="bottom-end">
        <Menu.Target>
          <Button rightSection={<IconChevronDown size={16} />}>
            {t('projects.report.export')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            onClick={() =>
              void reportFailure(t, () =>
                saveReport(t, locale, report(), 'docx', fileName, letterhead),
              )
            }
          >
            {t('projects.report.docx')}
          </Menu.Item>
          <Menu.Item
            onClick={() =>
              void reportFailure(t, () =>
                saveReport(t, locale, report(), 'xlsx', fileName, letterhead),
              )
            }
          >
            {t('projects.report.xlsx')}
          </Menu.Item>
          <Menu.Item onClick={() => setPreview(report())}>{t('projects.report.pdf')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button
        variant="default"
        leftSection={<IconStar size={16} />}
        disabled={!canBeGoodPractice(project)}
        title={canBeGoodPractice(project) ? undefined : t('projects.goodPractice.onlyConcluded')}
        onClick={() => openGoodPracticeForm(t, project)}
      >
        {t(project.goodPractice ? 'projects.goodPractice.editMark' : 'projects.goodPractice.mark')}
      </Button>
      <Button
        variant="default"
        leftSection={project.archivedAt ? <IconRestore size={16} /> : <IconArchive size={16} />}
        onClick={archive}
      >
        {t(project.archivedAt ? 'projects.restore' : 'projects.archive')}
      </Button>
      <ReportPreview
        report={preview}
        fileName={fileName}
        letterhead={letterhead}
        onClose={() => setPreview(null)}
      />
    </>
  );
}
