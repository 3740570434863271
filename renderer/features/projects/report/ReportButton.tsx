import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { IconReportAnalytics } from '@tabler/icons-react';
import { useState } from 'react';
import { reportSigning } from '../../../../shared/documents';
import {
  defaultReportQuarter,
  monitoringReport,
  quarterLabel,
  quarterlyReport,
  reportQuarters,
  type ReportDocument,
} from '../../../../shared/projects';
import { reportFailure } from '../../../app/notify';
import { useNetworkLetterhead } from '../../../app/print';
import { useRegia } from '../../../app/RegiaContext';
import { useNetworks } from '../../../app/useNetworks';
import type { ProjectData } from '../useProjectData';
import { ReportPreview } from './ReportPreview';
import { fileSlug, saveReport } from './saveReport';

type ReportButtonProps = {
  data: ProjectData;
  /** Organization names by id. */
  names: ReadonlyMap<string, string>;
  /** The day of the report (`yyyy-MM-dd`): it bounds the quarters offered. */
  today: string;
};

/** The choice of the whole project, beside the quarters. */
const wholeProject = 'whole';

/**
 * The project's one report control: the user picks a quarter (the last closed one at first,
 * never one still to come) for the quarterly report, or the whole project for the monitoring
 * report to date, and previews and prints it (PDF) or saves it as DOCX or xlsx.
 */
export function ReportButton({ data, names, today }: ReportButtonProps) {
  const { t, locale } = useRegia();
  const { networks } = useNetworks();
  const { project } = data;
  const letterhead = useNetworkLetterhead(project.networkId);
  const [opened, setOpened] = useState(false);
  const [period, setPeriod] = useState(() => defaultReportQuarter(project, today));
  const [preview, setPreview] = useState<ReportDocument | null>(null);
  const choices = [
    ...reportQuarters(project, today).map((value) => ({
      value,
      label: quarterLabel(locale, value),
    })),
    { value: wholeProject, label: t('projects.reportChoice.whole') },
  ];
  const network = networks.find((entry) => entry.id === project.networkId);
  const signing = network ? reportSigning(locale, network, today) : null;
  const common = {
    locale,
    project,
    networkName: network?.name ?? '',
    names,
    indicators: data.indicators,
    values: data.values,
    expenditures: data.expenditures,
    today,
  };
  const report = (): ReportDocument =>
    period === wholeProject
      ? monitoringReport({ ...common, actions: data.actions, range: { from: null, to: null } })
      : quarterlyReport({ ...common, quarter: period });
  const slug = fileSlug(project.code || project.title);
  const fileName =
    period === wholeProject
      ? `${t('projects.report.fileName')}-${slug}-${today}`
      : `${t('projects.quarterly.fileName')}-${slug}-${period.toLowerCase()}`;
  const save = (format: 'docx' | 'xlsx'): void =>
    void reportFailure(t, () =>
      saveReport(t, locale, report(), format, fileName, letterhead, signing),
    );
  return (
    <>
      <Button leftSection={<IconReportAnalytics size={16} />} onClick={() => setOpened(true)}>
        {t('projects.reportChoice.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('projects.reportChoice.dialogTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Select
            label={t('projects.reportChoice.period')}
            description={t('projects.reportChoice.periodHint')}
            data={choices}
            value={period}
            allowDeselect={false}
            onChange={(value) => value && setPeriod(value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => save('xlsx')}>
              {t('projects.quarterly.xlsx')}
            </Button>
            <Button variant="default" onClick={() => save('docx')}>
              {t('projects.quarterly.docx')}
            </Button>
            <Button
              onClick={() => {
                setOpened(false);
                setPreview(report());
              }}
            >
              {t('projects.quarterly.preview')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ReportPreview
        report={preview}
        fileName={fileName}
        letterhead={letterhead}
        signing={signing}
        onClose={() => setPreview(null)}
      />
    </>
  );
}
