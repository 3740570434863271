// @vitest-environment jsdom
import { TextInput } from '@mantine/core';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { RepeatableRows } from '../../../../renderer/ui';
import { renderInApp } from './renderInApp';

type Source = { id: string; name: string; amount: string };

let nextId = 0;
const source = (name: string, amount = ''): Source => {
  nextId += 1;
  return { id: `source-${nextId}`, name, amount };
};

function Sources({ initial }: { initial: Source[] }) {
  const [rows, setRows] = useState(initial);
  const edit = (index: number, change: Partial<Source>): void =>
    setRows((current) => current.map((row, at) => (at === index ? { ...row, ...change } : row)));
  return (
    <RepeatableRows
      title="Fonti di finanziamento"
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        {
          label: 'Fonte',
          flex: 3,
          render: (row, index, label) => (
            <TextInput
              label={label}
              value={row.name}
              onChange={(event) => edit(index, { name: event.currentTarget.value })}
            />
          ),
        },
        {
          label: 'Importo',
          flex: 2,
          render: (row, index, label) => (
            <TextInput
              label={label}
              value={row.amount}
              onChange={(event) => edit(index, { amount: event.currentTarget.value })}
            />
          ),
        },
      ]}
      addLabel="Aggiungi fonte"
      onAdd={() => setRows((current) => [...current, source('')])}
      removeLabel={(number) => `Rimuovi fonte ${number}`}
      onRemove={(index) => setRows((current) => current.filter((_, at) => at !== index))}
    />
  );
}

afterEach(cleanup);

describe('the repeatable rows field', () => {
  it('numbers each row’s inputs with the same labels, in a group named by its title', () => {
    renderInApp(
      <Sources initial={[source('Regione Lombardia', '591000'), source('Cofinanziamento')]} />,
    );
    const group = screen.getByRole('group', { name: 'Fonti di finanziamento' });
    expect(within(group).getByLabelText('Fonte 1')).toHaveProperty('value', 'Regione Lombardia');
    expect(within(group).getByLabelText('Importo 1')).toHaveProperty('value', '591000');
    expect(within(group).getByLabelText('Fonte 2')).toHaveProperty('value', 'Cofinanziamento');
    expect(within(group).getByLabelText('Importo 2')).toHaveProperty('value', '');
  });

  it('adds an empty row at the end and puts the focus in its first input', () => {
    renderInApp(<Sources initial={[source('Regione Lombardia')]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi fonte' }));
    const added = screen.getByLabelText('Fonte 2');
    expect(added).toHaveProperty('value', '');
    expect(document.activeElement).toBe(added);
  });

  it('removes the chosen row, keeps what the others hold and returns the focus to the add button', () => {
    renderInApp(
      <Sources
        initial={[source('Regione Lombardia'), source('Fondo disabili'), source('Comune')]}
      />,
    );
    fireEvent.change(screen.getByLabelText('Importo 3'), { target: { value: '1200' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rimuovi fonte 2' }));
    expect(screen.getByLabelText('Fonte 1')).toHaveProperty('value', 'Regione Lombardia');
    expect(screen.getByLabelText('Fonte 2')).toHaveProperty('value', 'Comune');
    expect(screen.getByLabelText('Importo 2')).toHaveProperty('value', '1200');
    expect(screen.queryByLabelText('Fonte 3')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Aggiungi fonte' }));
  });

  it('shows only the add button when there is no row', () => {
    renderInApp(<Sources initial={[]} />);
    const group = screen.getByRole('group', { name: 'Fonti di finanziamento' });
    expect(within(group).queryAllByRole('textbox')).toEqual([]);
    expect(
      within(group)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Aggiungi fonte']);
  });
});
