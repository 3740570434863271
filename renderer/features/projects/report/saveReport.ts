import type { Letterhead, ReportSigning } from '../../../../shared/documents';
import type { Locale } from '../../../../shared/i18n';
import type { ReportDocument } from '../../../../shared/projects';
import type { Translate } from '../../../app/RegiaContext';
import { notifySuccess } from '../../../app/notify';
import { bridge } from '../../../bridge';
import { reportDocx } from './reportDocx';
import { reportWorkbook } from './reportWorkbook';

/** A file name part made of plain letters, digits and dashes. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'regia'
  );
}

/** Writes a report as DOCX (under the letterhead, with its signatures) or xlsx and lets the user save it. */
export async function saveReport(
  t: Translate,
  locale: Locale,
  report: ReportDocument,
  format: 'docx' | 'xlsx',
  baseName: string,
  letterhead: Letterhead | null = null,
  signing: ReportSigning | null = null,
): Promise<void> {
  const bytes =
    format === 'docx'
      ? await reportDocx(locale, report, letterhead, signing)
      : reportWorkbook(report);
  const result = await bridge.saveFile({
    title: t('projects.report.dialogTitle'),
    suggestedName: `${baseName}.${format}`,
    filters: [
      {
        name: t(format === 'docx' ? 'projects.report.filterDocx' : 'projects.report.filterXlsx'),
        extensions: [format],
      },
    ],
    bytes,
  });
  if (result.saved) notifySuccess(t, t('projects.report.exported'));
}
