import { Button, Group, Modal, ScrollArea } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import type { ReportDocument } from '../../../../shared/projects';
import { reportFailure } from '../../../app/notify';
import { PrintRoot } from '../../../app/print/PrintRoot';
import { useRegia } from '../../../app/RegiaContext';
import { bridge } from '../../../bridge';
import { ReportView } from './ReportView';

type ReportPreviewProps = {
  report: ReportDocument | null;
  fileName: string;
  onClose: () => void;
};

/** Shows a report and prints it (to PDF in the desktop app); only the report is printed. */
export function ReportPreview({ report, fileName, onClose }: ReportPreviewProps) {
  const { t, locale } = useRegia();
  return (
    <Modal
      opened={report !== null}
      onClose={onClose}
      size="xl"
      title={t('projects.report.pdf')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {report && (
        <>
          <Group justify="flex-end" mb="sm">
            <Button
              leftSection={<IconPrinter size={16} />}
              onClick={() =>
                void reportFailure(t, () =>
                  bridge.printToPdf({ title: report.title, suggestedName: `${fileName}.pdf` }),
                )
              }
            >
              {t('projects.report.print')}
            </Button>
          </Group>
          <ScrollArea.Autosize mah="70vh">
            <ReportView report={report} locale={locale} />
          </ScrollArea.Autosize>
          <PrintRoot>
            <ReportView report={report} locale={locale} />
          </PrintRoot>
        </>
      )}
    </Modal>
  );
}
