import { documentDocx, reportBlocks, type Letterhead } from '../../../../shared/documents';
import { translate, type Locale } from '../../../../shared/i18n';
import type { ReportDocument } from '../../../../shared/projects';
import { withChartPictures } from './chartPictures';

/**
 * A report as a Word document (.docx bytes) under the network's letterhead, through the one
 * document renderer, its charts drawn as pictures first.
 */
export async function reportDocx(
  locale: Locale,
  report: ReportDocument,
  letterhead: Letterhead | null,
): Promise<Uint8Array> {
  const blocks = reportBlocks(locale, report, letterhead, {
    page: translate(locale, 'documents.page'),
    of: translate(locale, 'documents.pageOf'),
  });
  return documentDocx(await withChartPictures(blocks));
}
