import { useMemo } from 'react';
import { reportBlocks, type Letterhead, type ReportSigning } from '../../../../shared/documents';
import type { ReportDocument } from '../../../../shared/projects';
import { DocumentPreview } from '../../../app/print';
import { useRegia } from '../../../app/RegiaContext';

type ReportPreviewProps = {
  report: ReportDocument | null;
  fileName: string;
  /** The network's letterhead, or null while it loads. */
  letterhead: Letterhead | null;
  /** The signature block closing the report, or null for none. */
  signing: ReportSigning | null;
  onClose: () => void;
};

/** Shows a report and prints it (to PDF in the desktop app); only the report is printed. */
export function ReportPreview({
  report,
  fileName,
  letterhead,
  signing,
  onClose,
}: ReportPreviewProps) {
  const { t, locale } = useRegia();
  const document = useMemo(
    () =>
      report
        ? reportBlocks(
            locale,
            report,
            letterhead,
            { page: t('documents.page'), of: t('documents.pageOf') },
            signing,
          )
        : null,
    [report, letterhead, signing, locale, t],
  );
  return (
    <DocumentPreview
      document={document}
      title={t('projects.report.pdf')}
      saveLabel={t('projects.report.print')}
      fileName={`${fileName}.pdf`}
      onClose={onClose}
    />
  );
}
