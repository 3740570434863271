import { translate, type MessageKey } from '../i18n';
import {
  dataSheetKeys,
  partnerFields,
  partnerSheetNames,
  type DataSheetKey,
  type FieldSpec,
} from './partnerFormat';

/**
 * What an emptied cell of an editable column means: the value is deleted (clears), a value
 * already recorded stays and the emptying is refused (keeps), the cell must not be empty
 * (required), or an empty cell simply proposes nothing (ignored).
 */
export type EmptiedMeaning = 'clears' | 'keeps' | 'required' | 'ignored';
export const emptiedMeanings: readonly EmptiedMeaning[] = [
  'clears',
  'keeps',
  'required',
  'ignored',
];

/**
 * The one rule for emptied cells, followed by the merge, the instructions and the input
 * messages. On the Indicatori sheet a reported value and its note are both kept: a period's
 * report is corrected, never withdrawn, from a partner's sheet.
 */
export function emptiedMeaning(sheet: DataSheetKey, field: FieldSpec): EmptiedMeaning {
  switch (field.kind) {
    case 'status':
    case 'percent':
    case 'requiredText':
      return 'required';
    case 'note':
    case 'proposedDay':
    case 'flag':
      return 'ignored';
    case 'number':
    case 'day':
    case 'period':
      return 'keeps';
    case 'text':
      return sheet === 'indicators' ? 'keeps' : 'clears';
    case 'email':
    case 'phone':
      return 'clears';
    case 'amount':
      return 'required';
  }
}

const emptiedMessages: Record<EmptiedMeaning, MessageKey> = {
  clears: 'exchange.workbook.emptied.clears',
  keeps: 'exchange.workbook.emptied.keeps',
  required: 'exchange.workbook.emptied.required',
  ignored: 'exchange.workbook.emptied.ignored',
};

/** The instructions' lines on emptied cells, one per meaning, naming the columns it applies to. */
export function emptiedCellLines(): string[] {
  return emptiedMeanings.flatMap((meaning) => {
    // The Spese sheet only takes new rows: an emptied cell there has nothing to mean.
    const groups = dataSheetKeys.flatMap((sheet) => {
      if (sheet === 'expenses') return [];
      const headers = partnerFields[sheet]
        .filter((field) => field.editable && emptiedMeaning(sheet, field) === meaning)
        .map((field) => translate('it', field.header));
      return headers.length > 0 ? [`«${partnerSheetNames[sheet]}» ${headers.join(', ')}`] : [];
    });
    return groups.length > 0
      ? [translate('it', emptiedMessages[meaning], { columns: groups.join('; ') })]
      : [];
  });
}
