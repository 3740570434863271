import { documentDocx, reportBlocks } from '../../../../shared/documents';
import { translate, type Locale } from '../../../../shared/i18n';
import type { ReportDocument } from '../../../../shared/projects';

/** A report as a Word document (.docx bytes), through the one document renderer. */
export async function reportDocx(locale: Locale, report: ReportDocument): Promise<Uint8Array> {
  return documentDocx(
    reportBlocks(locale, report, null, {
      page: translate(locale, 'documents.page'),
      of: translate(locale, 'documents.pageOf'),
    }),
  );
}
