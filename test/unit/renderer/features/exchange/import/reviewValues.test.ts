import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '../../../../../../shared/i18n';
import type { ReviewItem } from '../../../../../../shared/exchange';
import { displayValue } from '../../../../../../renderer/features/exchange/import/reviewValues';

const t = (key: MessageKey, params?: MessageParams): string => translate('it', key, params);

const rejectedRow: ReviewItem = {
  key: 'actions:4:row',
  outcome: 'rejected',
  sheet: 'actions',
  sheetName: 'Azioni',
  rowNumber: 4,
  recordId: 'ID-scritto-sopra',
  rowLabel: '',
  field: null,
  column: 'ID',
  base: null,
  current: null,
  incoming: null,
  cellText: 'ID-scritto-sopra',
  reason: 'unknownId',
  proposal: null,
  period: null,
  rowText: 'Tavolo imprese · In corso · 40 · Avviato il tavolo',
};

describe('a row refused whole in the review', () => {
  it('shows the ID it came with and everything else the partner wrote on it', () => {
    expect(displayValue(t, 'it', rejectedRow, 'incoming')).toBe(
      'ID-scritto-sopra · Tavolo imprese · In corso · 40 · Avviato il tavolo',
    );
  });

  it('shows only the refused cell for a single rejected value', () => {
    const value: ReviewItem = {
      ...rejectedRow,
      field: 'progress',
      column: 'Avanzamento (%)',
      cellText: 'quasi finito',
      reason: 'invalidPercent',
      rowText: undefined,
    };
    expect(displayValue(t, 'it', value, 'incoming')).toBe('quasi finito');
  });
});
