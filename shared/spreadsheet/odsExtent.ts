import type { GridBudget } from './gridBudget';
import { isSelfClosing } from './startTag';
import { attributeValues, xmlStartTagSink, type XmlChunkSink } from './xmlStartTags';

function repeatOf(region: string, attribute: string): number {
  const values = attributeValues(region, attribute).map((value) => Number.parseInt(value, 10));
  const valid = values.filter((value) => Number.isFinite(value) && value > 0);
  return valid.length === 0 ? 1 : Math.max(...valid);
}

/**
 * Measures the sheets of an OpenDocument `content.xml` as it is inflated: repeated rows and
 * repeated cells count as many times as a parser will copy them.
 */
export function odsContentSink(budget: GridBudget): XmlChunkSink {
  let sheet = '';
  let nextRow = 1;
  let rowStart = 1;
  let rowRepeat = 0;
  let column = 0;
  let lastColumn = 0;
  const finishRow = (): void => {
    budget.addRows(sheet, rowStart, lastColumn, rowRepeat);
    lastColumn = 0;
    rowRepeat = 0;
  };
  const scan = xmlStartTagSink(/table|table-row|table-cell|covered-table-cell/, (name, region) => {
    if (name === 'table') {
      finishRow();
      sheet = attributeValues(region, 'name')[0] ?? '';
      nextRow = 1;
    } else if (name === 'table-row') {
      finishRow();
      rowStart = nextRow;
      rowRepeat = repeatOf(region, 'number-rows-repeated');
      nextRow += rowRepeat;
      column = 0;
    } else {
      const repeat = repeatOf(region, 'number-columns-repeated');
      const filled =
        name === 'table-cell' &&
        (!isSelfClosing(region) || attributeValues(region, 'value-type').length > 0);
      column += repeat;
      if (filled) lastColumn = column;
    }
  });
  return (chunk, final) => {
    scan(chunk, final);
    if (final) finishRow();
  };
}
