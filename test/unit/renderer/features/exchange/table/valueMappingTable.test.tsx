// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useMemo, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  listFileValues,
  noValueChoices,
  readSpreadsheet,
  readTableRows,
  spreadsheetLimits,
  suggestMapping,
  type GridSheet,
  type OrganizationValues,
  type ValueChoices,
} from '../../../../../../shared/exchange';
import { ValueMappingTable } from '../../../../../../renderer/features/exchange/table/ValueMappingTable';
import { withValueChoice } from '../../../../../../renderer/features/exchange/table/useTableImport';
import { renderInApp } from '../../../ui/renderInApp';

const csv = [
  'Ragione sociale;Tipo;Ruolo nella rete',
  'Fondazione Cariplo;Fondazione;Capofila',
  'Galdus;Ente accreditato lavoro / formazione;Partner',
].join('\n');

function sheetOf(text: string): GridSheet {
  const sheet = readSpreadsheet(new TextEncoder().encode(text), spreadsheetLimits).sheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

/** The table as the mapping step uses it, and the types the rows would be imported with. */
function MappingHarness() {
  const sheet = useMemo(() => sheetOf(csv), []);
  const mapping = useMemo(() => suggestMapping(csv.split('\n')[0]?.split(';') ?? []), []);
  const [choices, setChoices] = useState<ValueChoices>(noValueChoices);
  const types = readTableRows(sheet, mapping, choices).map(
    (row): OrganizationValues['type'] | undefined => row.organization?.type,
  );
  return (
    <>
      <ValueMappingTable
        values={listFileValues(sheet, mapping)}
        choices={choices}
        onChoose={(value, chosen) =>
          setChoices((current) => withValueChoice(current, value, chosen))
        }
      />
      <output data-testid="types">{types.join(',')}</output>
    </>
  );
}

/** The input of the select a label names (Mantine labels its list of options too). */
function selectInput(label: string): HTMLInputElement {
  const input = screen
    .getAllByLabelText(label)
    .find((element): element is HTMLInputElement => element instanceof HTMLInputElement);
  if (!input) throw new Error(`no select named ${label}`);
  return input;
}

const typeSelect = (text: string): HTMLInputElement =>
  selectInput(`Valore di Regia per «${text}» (Ente: tipo)`);

afterEach(cleanup);

describe('the table of the file’s types and roles', () => {
  it('shows what each value becomes, flags the one it does not recognise, and imports the person’s choice', async () => {
    renderInApp(<MappingHarness />);
    expect(typeSelect('Fondazione').value).toBe('Altro');
    expect(typeSelect('Ente accreditato lavoro / formazione').value).toBe(
      'Ente accreditato lavoro / formazione',
    );
    expect(screen.getByText('Non riconosciuto: scegli il valore giusto')).toBeTruthy();
    expect(screen.getByTestId('exchange-table-unknown-values').textContent).toContain(
      '1 valore del file non è riconosciuto',
    );
    expect(screen.getByTestId('types').textContent).toBe('altro,enteAccreditato');

    fireEvent.click(typeSelect('Fondazione'));
    fireEvent.click(await screen.findByRole('option', { name: 'Associazione / OdV / APS' }));

    await waitFor(() => expect(typeSelect('Fondazione').value).toBe('Associazione / OdV / APS'));
    expect(screen.queryByText('Non riconosciuto: scegli il valore giusto')).toBeNull();
    expect(screen.getByTestId('types').textContent).toBe('associazione,enteAccreditato');
  });

  it('offers the roles in the network for the role column', () => {
    renderInApp(<MappingHarness />);
    const role = selectInput('Valore di Regia per «Capofila» (Ente: ruolo nella rete)');
    expect(role.value).toBe('Capofila');
    expect(screen.getAllByText('Riconosciuto')).toHaveLength(3);
  });

  it('names the first rows of a value found on many and says how many more', () => {
    renderInApp(
      <ValueMappingTable
        values={[
          {
            field: 'organizationType',
            key: 'comune',
            text: 'Comune',
            rowNumbers: [2, 3, 4, 5, 6, 7, 8, 9],
            value: 'comune',
            recognition: 'exact',
          },
        ]}
        choices={noValueChoices}
        onChoose={() => undefined}
      />,
    );
    expect(screen.getByText('2, 3, 4, 5, 6 e altre 3')).toBeTruthy();
  });
});
