// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RecordTable, type RecordColumn } from '../../../../renderer/ui';
import { renderInApp } from './renderInApp';

type Expense = { id: string; item: string; amount: string };

const columns: RecordColumn<Expense>[] = [
  { header: 'Voce', strong: true, cell: (expense) => expense.item },
  { header: 'Importo', align: 'right', cell: (expense) => expense.amount },
];

function renderExpenses(rows: Expense[]): void {
  renderInApp(
    <RecordTable
      rows={rows}
      getKey={(expense) => expense.id}
      columns={columns}
      tableLabel="Spese"
      testId="expenses"
      emptyText="Nessuna spesa"
    />,
  );
}

afterEach(cleanup);

describe('RecordTable', () => {
  it('draws a named table with a row of cells per record, in the columns given', () => {
    renderExpenses([
      { id: '1', item: 'Personale', amount: '1.200,00 €' },
      { id: '2', item: 'Materiali', amount: '80,00 €' },
    ]);
    const table = screen.getByRole('table', { name: 'Spese' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'VoceImporto',
      'Personale1.200,00 €',
      'Materiali80,00 €',
    ]);
  });

  it('aligns a figure column on the right and makes the naming column bold', () => {
    renderExpenses([{ id: '1', item: 'Personale', amount: '1.200,00 €' }]);
    expect(screen.getByRole('columnheader', { name: 'Importo' }).style.textAlign).toBe('right');
    expect(screen.getByRole('cell', { name: '1.200,00 €' }).style.textAlign).toBe('right');
    expect(screen.getByRole('cell', { name: 'Personale' }).style.fontWeight).toBe('600');
  });

  it('says there is nothing, and draws no table, when there is no record', () => {
    renderExpenses([]);
    expect(screen.getByText('Nessuna spesa')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
