import { describe, expect, it } from 'vitest';
import {
  listFileValues,
  noValueChoices,
  proposeMembershipRole,
  proposeOrganizationType,
  readSpreadsheet,
  readTableRows,
  spreadsheetLimits,
  suggestMapping,
  type GridSheet,
  type ValueChoices,
} from '../../../../../shared/exchange';

function sheetOf(csv: string): GridSheet {
  const sheet = readSpreadsheet(new TextEncoder().encode(csv), spreadsheetLimits).sheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('proposing a Regia value for each type and role of the file', () => {
  it('recognises the labels of either language and the codes, whatever the case and accents', () => {
    expect(proposeOrganizationType('Ente accreditato lavoro / formazione')).toEqual({
      value: 'enteAccreditato',
      recognition: 'exact',
    });
    expect(proposeOrganizationType('  COOPERATIVA SOCIALE ')).toEqual({
      value: 'cooperativaSociale',
      recognition: 'exact',
    });
    expect(proposeOrganizationType('Trade union').value).toBe('sindacato');
    expect(proposeOrganizationType('unioneComuni').value).toBe('unioneComuni');
    expect(proposeMembershipRole('Capofila')).toEqual({ value: 'capofila', recognition: 'exact' });
    expect(proposeMembershipRole('observer')).toEqual({
      value: 'osservatore',
      recognition: 'exact',
    });
  });

  it('proposes the type a telling word names, as a proposal to check', () => {
    expect(proposeOrganizationType('Ente accreditato')).toEqual({
      value: 'enteAccreditato',
      recognition: 'likely',
    });
    expect(proposeOrganizationType('Cooperativa sociale di tipo B')).toEqual({
      value: 'cooperativaSociale',
      recognition: 'likely',
    });
    expect(proposeOrganizationType('OdV').value).toBe('associazione');
    expect(proposeMembershipRole('Ente capofila del progetto')).toEqual({
      value: 'capofila',
      recognition: 'likely',
    });
  });

  it('never maps "Fondazione", "Azienda speciale" or an unknown text to a wrong type: they are "altro", flagged as unknown', () => {
    for (const text of ['Fondazione', 'Azienda speciale', 'Agenzia formativa', 'Ente pubblico'])
      expect(proposeOrganizationType(text)).toEqual({ value: 'altro', recognition: 'unknown' });
    expect(proposeMembershipRole('Sostenitore')).toEqual({
      value: 'partner',
      recognition: 'unknown',
    });
  });
});

describe('listing the values of the file', () => {
  const csv = [
    'Ragione sociale;Tipo;Ruolo nella rete',
    'Fondazione Cariplo;Fondazione;Sostenitore',
    'Galdus;Ente accreditato;Partner',
    'Offertasociale;Azienda speciale;',
    'Fondazione Lavoro;fondazione ;Capofila',
  ].join('\n');
  const mapping = suggestMapping(csv.split('\n')[0]?.split(';') ?? []);

  it('lists each distinct text of the type and role columns once, with its rows and proposal', () => {
    expect(mapping).toEqual(['organizationName', 'organizationType', 'membershipRole']);
    expect(
      listFileValues(sheetOf(csv), mapping).map((value) => [
        value.field,
        value.text,
        value.rowNumbers,
        value.value,
        value.recognition,
      ]),
    ).toEqual([
      ['organizationType', 'Fondazione', [2, 5], 'altro', 'unknown'],
      ['organizationType', 'Ente accreditato', [3], 'enteAccreditato', 'likely'],
      ['organizationType', 'Azienda speciale', [4], 'altro', 'unknown'],
      ['membershipRole', 'Sostenitore', [2], 'partner', 'unknown'],
      ['membershipRole', 'Partner', [3], 'partner', 'exact'],
      ['membershipRole', 'Capofila', [5], 'capofila', 'exact'],
    ]);
  });

  it('reads the rows with the person’s choices, else with the proposals', () => {
    const choices: ValueChoices = {
      organizationType: new Map([
        ['fondazione', 'associazione'],
        ['azienda speciale', 'unioneComuni'],
      ]),
      membershipRole: new Map([['sostenitore', 'aderente']]),
    };
    const chosen = readTableRows(sheetOf(csv), mapping, choices);
    expect(chosen.map((row) => [row.organization?.type, row.membershipRole])).toEqual([
      ['associazione', 'aderente'],
      ['enteAccreditato', 'partner'],
      ['unioneComuni', 'partner'],
      ['associazione', 'capofila'],
    ]);
    const proposed = readTableRows(sheetOf(csv), mapping, noValueChoices);
    expect(proposed.map((row) => row.organization?.type)).toEqual([
      'altro',
      'enteAccreditato',
      'altro',
      'altro',
    ]);
  });
});
