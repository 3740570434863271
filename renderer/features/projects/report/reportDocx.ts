import {
  documentDocx,
  reportBlocks,
  type Letterhead,
  type ReportSigning,
} from '../../../../shared/documents';
import { translate, type Locale } from '../../../../shared/i18n';
import type { ReportDocument } from '../../../../shared/projects';
import { withChartPictures } from './chartPictures';

/**
 * A report as a Word document (.docx bytes) under the network's letterhead and closed by its
 * signature block, through the one document renderer, its charts drawn as pictures first.
 */
export async function reportDocx(
  locale: Locale,
  report: ReportDocument,
  letterhead: Letterhead | null,
  signing: ReportSigning | null = null,
): Promise<Uint8Array> {
  const pageLabels = {
    page: translate(locale, 'documents.page'),
    of: translate(locale, 'documents.pageOf'),
  };
  const blocks = reportBlocks(locale, report, letterhead, pageLabels, signing);
  return documentDocx(await withChartPictures(blocks));
}
