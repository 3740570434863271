import { documentDocx, reportBlocks, type Letterhead } from '../../../../shared/documents';
import { translate, type Locale } from '../../../../shared/i18n';
import type { ReportDocument } from '../../../../shared/projects';

/** A report as a Word document (.docx bytes) under the network's letterhead, through the one document renderer. */
export async function reportDocx(
  locale: Locale,
  report: ReportDocument,
  letterhead: Letterhead | null,
): Promise<Uint8Array> {
  return documentDocx(
    reportBlocks(locale, report, letterhead, {
      page: translate(locale, 'documents.page'),
      of: translate(locale, 'documents.pageOf'),
    }),
  );
}
