import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { IconCalendarStats } from '@tabler/icons-react';
import { useState } from 'react';
import {
  defaultReportQuarter,
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

type QuarterlyReportButtonProps = {
  data: ProjectData;
  /** Organization names by id. */
  names: ReadonlyMap<string, string>;
  /** The day of the report (`yyyy-MM-dd`): it bounds the quarters offered. */
  today: string;
};

/**
 * Opens the quarterly report of a project: the user picks a quarter (the last closed one at
 * first, never one still to come) and previews, prints or saves it as DOCX or xlsx.
 */
export function QuarterlyReportButton({ data, names, today }: QuarterlyReportButtonProps) {
  const { t, locale } = useRegia();
  const { networks } = useNetworks();
  const { project } = data;
  const letterhead = useNetworkLetterhead(project.networkId);
  const [opened, setOpened] = useState(false);
  const [quarter, setQuarter] = useState(() => defaultReportQuarter(project, today));
  const [preview, setPreview] = useState<ReportDocument | null>(null);
  const quarters = reportQuarters(project, today).map((value) => ({
    value,
    label: quarterLabel(locale, value),
  }));
  const report = (): ReportDocument =>
    quarterlyReport({
      locale,
      project,
      networkName: networks.find((network) => network.id === project.networkId)?.name ?? '',
      names,
      indicators: data.indicators,
      values: data.values,
      expenditures: data.expenditures,
      quarter,
      today,
    });
  const fileName = `${t('projects.quarterly.fileName')}-${fileSlug(project.code || project.title)}-${quarter.toLowerCase()}`;
  const save = (format: 'docx' | 'xlsx'): void =>
    void reportFailure(t, () => saveReport(t, locale, report(), format, fileName, letterhead));
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconCalendarStats size={16} />}
        onClick={() => setOpened(true)}
      >
        {t('projects.quarterly.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('projects.quarterly.dialogTitle')}
      >
        <Stack>
          <Select
            label={t('projects.quarterly.quarter')}
            description={t('projects.quarterly.quarterHint')}
            data={quarters}
            value={quarter}
            allowDeselect={false}
            onChange={(value) => value && setQuarter(value)}
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
        onClose={() => setPreview(null)}
      />
    </>
  );
}
