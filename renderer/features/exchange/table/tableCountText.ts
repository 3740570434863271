import type { TableImportCount } from '../../../../shared/exchange';
import type { Translate } from '../../../app/RegiaContext';

/** What a table import makes, in words: the same sentence in the review, the notice and the history. */
export function tableCountText(t: Translate, count: TableImportCount): string {
  return t('exchange.table.count', count);
}
