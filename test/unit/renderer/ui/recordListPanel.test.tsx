// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Notifications } from '@mantine/notifications';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecordListPanel, type RecordCommands } from '../../../../renderer/ui';
import { renderInApp } from './renderInApp';

type Person = { id: string; name: string; role: string; archivedAt: string | null };

const people: Person[] = [
  { id: '1', name: 'Giulia Rossi', role: 'Coordinatrice', archivedAt: null },
  { id: '2', name: 'Marco Bianchi', role: 'Referente', archivedAt: '2026-11-01T10:00:00.000Z' },
  { id: '3', name: 'Anna Verdi', role: 'Segretaria', archivedAt: null },
];

function commands(): RecordCommands<Person> & { archive: ReturnType<typeof vi.fn> } {
  return {
    labels: (person) => ({
      edit: `Modifica ${person.name}`,
      archive: `Archivia ${person.name}`,
      restore: `Ripristina ${person.name}`,
    }),
    edit: vi.fn(),
    archive: vi.fn(() => Promise.resolve()),
    restore: vi.fn(() => Promise.resolve()),
    archivedMessage: (person) => `Archiviato ${person.name}`,
    restoredMessage: (person) => `Ripristinato ${person.name}`,
  };
}

function renderPanel(rowCommands: RecordCommands<Person>, withToggle: boolean) {
  return renderInApp(
    <>
      <Notifications />
      <RecordListPanel
        rows={people}
        testId="people"
        tableLabel="Persone"
        emptyText="Nessuna persona"
        commandsHeader="Comandi"
        showArchivedLabel={withToggle ? 'Mostra archiviati' : undefined}
        nameColumn={{ header: 'Nome', cell: (person) => person.name }}
        columns={[{ header: 'Ruolo', cell: (person) => person.role }]}
        commands={rowCommands}
      />
    </>,
  );
}

const names = (): string[] =>
  within(screen.getByTestId('people'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('td')?.textContent ?? '');

afterEach(cleanup);

describe('RecordListPanel', () => {
  it('hides archived records until asked, then shows them last with their badge', () => {
    renderPanel(commands(), true);
    expect(names()).toEqual(['Giulia Rossi', 'Anna Verdi']);
    fireEvent.click(screen.getByLabelText('Mostra archiviati'));
    expect(names()).toEqual(['Giulia Rossi', 'Anna Verdi', 'Marco BianchiArchiviato']);
  });

  it('shows every record, archived last, when there is no toggle', () => {
    renderPanel(commands(), false);
    expect(names()).toEqual(['Giulia Rossi', 'Anna Verdi', 'Marco BianchiArchiviato']);
  });

  it('archives a record through its row command and says so', async () => {
    const rowCommands = commands();
    renderPanel(rowCommands, true);
    fireEvent.click(screen.getByRole('button', { name: 'Archivia Anna Verdi' }));
    await waitFor(() => expect(rowCommands.archive).toHaveBeenCalledWith(people[2]));
    expect(await screen.findByText('Archiviato Anna Verdi')).toBeTruthy();
  });

  it('offers only restore on an archived record, and edit on the others', () => {
    const rowCommands = commands();
    renderPanel(rowCommands, false);
    expect(screen.queryByRole('button', { name: 'Modifica Marco Bianchi' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Ripristina Marco Bianchi' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Modifica Giulia Rossi' }));
    expect(rowCommands.edit).toHaveBeenCalledWith(people[0]);
  });
});
