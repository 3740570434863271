import type { SpreadsheetLimits } from '../exchange/limits';
import { SpreadsheetError } from '../exchange/problems';
import { GridBudget } from './gridBudget';

const separators = [',', ';', '\t', '|'] as const;

/** The separator SheetJS will guess: the most frequent one, outside quotes, at the start of the text. */
export function guessSeparator(text: string): string {
  const counts = new Map<string, number>(separators.map((separator) => [separator, 0]));
  let quoted = false;
  for (let index = 0; index < Math.min(text.length, 1024); index += 1) {
    const character = text.charAt(index);
    if (character === '"') quoted = !quoted;
    else if (!quoted && counts.has(character))
      counts.set(character, (counts.get(character) ?? 0) + 1);
  }
  let best = ',';
  for (const separator of separators)
    if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
  return best;
}

/**
 * Bounds a CSV text before any parser sees it: line length, rows, fields per line and fields in
 * all, counted in one pass. A line beyond the row limit is a refusal naming it, never a drop.
 */
export function checkCsvBounds(text: string, limits: SpreadsheetLimits): void {
  const separator = guessSeparator(text);
  const budget = new GridBudget(limits);
  let row = 1;
  let fields = 1;
  let lineStart = 0;
  let quoted = false;
  const endLine = (index: number): void => {
    if (index - lineStart > limits.maxLineCharacters) {
      throw new SpreadsheetError('lineTooLong', {
        row,
        length: index - lineStart,
        limit: limits.maxLineCharacters,
      });
    }
    if (index > lineStart) budget.addRows('CSV', row, fields);
    row += 1;
    fields = 1;
    lineStart = index + 1;
  };
  for (let index = 0; index < text.length; index += 1) {
    if (index - lineStart > limits.maxLineCharacters) endLine(index);
    const character = text.charAt(index);
    if (character === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (character === separator) fields += 1;
    else if (character === '\n') endLine(index);
  }
  endLine(text.length);
}
