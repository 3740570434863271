import { describe, expect, it } from 'vitest';
import {
  dataSheetKeys,
  emptiedCellLines,
  emptiedMeaning,
  parsePercentCell,
  partnerFields,
  partnerWorkbookSpec,
  type DataSheetKey,
  type FieldSpec,
  type ReviewItem,
} from '../../../../shared/exchange';
import { translate } from '../../../../shared/i18n';
import {
  fillWorkbook,
  partnerFixture,
  reportedValueId,
  reviewReturned,
  type PartnerFixture,
} from './exchangeFixtures';
import { writePartnerWorkbook } from '../../../../shared/exchange';

/** The first exported row of a sheet whose field holds a value, to be emptied. */
function rowWithValue(fixture: PartnerFixture, sheet: DataSheetKey, field: FieldSpec) {
  const key = field.kind === 'proposedDay' ? 'dueDate' : field.key;
  return fixture.base.sheets[sheet].find((row) => {
    const value = row.values[key];
    return value !== null && value !== '' && value !== undefined;
  });
}

/** What the review says of one emptied cell. */
function emptiedOutcome(
  fixture: PartnerFixture,
  sheet: DataSheetKey,
  field: FieldSpec,
  id: string,
) {
  const review = reviewReturned(
    fixture,
    fillWorkbook(writePartnerWorkbook(fixture.base), [
      { sheet, id, field: field.key, value: null },
    ]),
  );
  return review.items.find((item: ReviewItem) => item.recordId === id && item.field === field.key);
}

describe('the rules the instructions, the validations and the merge share', () => {
  it('gives every emptied editable cell the outcome its rule states', () => {
    const fixture = partnerFixture();
    // The reported indicator value has a note too: emptying either must be refused alike.
    const reported = fixture.dataset.indicatorValues.find((value) => value.id === reportedValueId);
    expect(reported?.note).not.toBe('');
    const checked: string[] = [];
    for (const sheet of dataSheetKeys) {
      for (const field of partnerFields[sheet].filter((candidate) => candidate.editable)) {
        const meaning = emptiedMeaning(sheet, field);
        const row =
          meaning === 'ignored'
            ? fixture.base.sheets[sheet][0]
            : rowWithValue(fixture, sheet, field);
        if (!row) continue;
        const outcome = emptiedOutcome(fixture, sheet, field, row.id);
        const expected = {
          clears: { outcome: 'applied', reason: null },
          keeps: { outcome: 'rejected', reason: 'cannotEmpty' },
          required: { outcome: 'rejected', reason: 'required' },
          ignored: undefined,
        }[meaning];
        if (expected === undefined) expect(outcome, `${sheet}.${field.key}`).toBeUndefined();
        else expect(outcome, `${sheet}.${field.key}`).toMatchObject(expected);
        checked.push(`${sheet}.${field.key}`);
      }
    }
    expect(checked).toEqual(
      expect.arrayContaining([
        'indicators.value',
        'indicators.note',
        'contacts.role',
        'actions.note',
      ]),
    );
  });

  it('writes in the instructions, for every editable column, what emptying it means', () => {
    const instructions = partnerWorkbookSpec(partnerFixture().base).sheets[0];
    if (instructions?.kind !== 'text') throw new Error('no instructions sheet');
    const text = instructions.lines.map((line) => line.text).join('\n');
    const lines = emptiedCellLines();
    for (const line of lines) expect(text).toContain(line);
    // The Spese sheet only takes new rows: its instructions say so, and no emptied cell is read.
    expect(text).toContain(translate('it', 'exchange.workbook.expensesHelp'));
    for (const sheet of dataSheetKeys.filter((candidate) => candidate !== 'expenses')) {
      for (const field of partnerFields[sheet].filter((candidate) => candidate.editable)) {
        const message = translate(
          'it',
          `exchange.workbook.emptied.${emptiedMeaning(sheet, field)}`,
          {
            columns: '',
          },
        ).split(':')[0];
        const line = lines.find((candidate) => candidate.startsWith(message ?? ''));
        expect(line, `${sheet}.${field.key}`).toContain(translate('it', field.header));
      }
    }
  });

  it('reads 40, 40% and 0,4 as 40%, as the legend says, and lets all three through the validation', () => {
    const progress = partnerFields.actions.find((field) => field.key === 'progress');
    const validation = progress?.validation;
    if (validation?.kind !== 'decimal') throw new Error('progress is not validated as a decimal');
    for (const typed of ['40', '40%', '0,4', 0.4, 40]) {
      expect(parsePercentCell(typed)).toEqual({ ok: true, value: 40 });
      const stored =
        typeof typed === 'number' ? typed : typed === '40%' ? 0.4 : Number(typed.replace(',', '.'));
      expect(stored).toBeGreaterThanOrEqual(validation.min);
      expect(stored).toBeLessThanOrEqual(validation.max ?? Infinity);
    }
    expect(translate('it', 'exchange.legend.progress')).toContain(
      '40, 40% e 0,4 valgono tutti 40%',
    );
  });
});
