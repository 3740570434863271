import { describe, expect, it } from 'vitest';
import {
  planTableImport,
  readSpreadsheet,
  readTableRows,
  spreadsheetLimits,
  suggestMapping,
  type GridSheet,
} from '../../../../shared/exchange';
import { partnerFixture } from './exchangeFixtures';

function sheetOf(csv: string): GridSheet {
  const sheet = readSpreadsheet(new TextEncoder().encode(csv), spreadsheetLimits).sheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('matching the headers of any spreadsheet', () => {
  it('recognises Italian and English headers whatever their case, accents and spaces', () => {
    expect(
      suggestMapping([
        '  RAGIONE   SOCIALE ',
        'Codice Fiscale',
        'P.IVA',
        'Città',
        'Prov.',
        'E-mail',
        'PEC',
        'Data adesione',
        'Colonna inutile',
      ]),
    ).toEqual([
      'organizationName',
      'taxCode',
      'vatNumber',
      'comune',
      'provincia',
      'organizationEmail',
      'pec',
      'memberSince',
      null,
    ]);
    expect(
      suggestMapping(['Organization', 'VAT number', 'Contact person', 'Role', 'Contact email']),
    ).toEqual(['organizationName', 'vatNumber', 'contactFullName', 'contactRole', 'contactEmail']);
  });

  it('reads "Nome" as the contact’s first name beside a "Cognome" column, else as the organization', () => {
    expect(suggestMapping(['Ente', 'Nome', 'Cognome'])).toEqual([
      'organizationName',
      'contactFirstName',
      'contactLastName',
    ]);
    expect(suggestMapping(['Nome', 'Comune'])).toEqual(['organizationName', 'comune']);
  });

  it('maps headers named like Object machinery to nothing', () => {
    expect(suggestMapping(['__proto__', 'constructor', 'prototype', 'toString'])).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('reading the rows through the mapping', () => {
  const csv = [
    'Ragione sociale;Tipo;Codice fiscale;Comune;Aderente dal;Nome;Cognome;Email referente',
    'Cooperativa Sociale Il Ponte;;01234567890;Peschiera Borromeo;05/02/2026;Chiara;Brambilla;c.brambilla@ilponte.it',
    'Comune di Mediglia;;;Mediglia;46058;Paolo;Sala;',
    'Associazione Volontari Insieme;Associazione / OdV / APS;;Paullo;5 febbraio 2026;;;',
    'Fondazione Lavoro;;;Melegnano;2026-02-05;;;',
    'Ente con errori;;ABC;Milano;31/02/2026;;;non-una-mail',
  ].join('\n');

  it('parses Excel serial dates, gg/mm/aaaa, ISO and Italian month names', () => {
    const rows = readTableRows(sheetOf(csv), suggestMapping(csv.split('\n')[0]?.split(';') ?? []));
    expect(rows.slice(0, 4).map((row) => row.memberSince)).toEqual([
      '2026-02-05',
      '2026-02-05',
      '2026-02-05',
      '2026-02-05',
    ]);
  });

  it('infers the organization type from a label or from the name, and never guesses from "Fondazione"', () => {
    const rows = readTableRows(sheetOf(csv), suggestMapping(csv.split('\n')[0]?.split(';') ?? []));
    expect(rows.slice(0, 4).map((row) => row.organization?.type)).toEqual([
      'cooperativaSociale',
      'comune',
      'associazione',
      'altro',
    ]);
  });

  it('imports a row without its invalid cells, naming each with its column, value and what is left out', () => {
    const rows = readTableRows(sheetOf(csv), suggestMapping(csv.split('\n')[0]?.split(';') ?? []));
    expect(rows[4]?.problems).toEqual([
      {
        field: 'taxCode',
        header: 'Codice fiscale',
        value: 'ABC',
        problem: 'invalidTaxCode',
        outcome: 'fieldLeftOut',
      },
      {
        field: 'contactLastName',
        header: 'Cognome',
        value: '',
        problem: 'required',
        outcome: 'contactLeftOut',
      },
      {
        field: 'memberSince',
        header: 'Aderente dal',
        value: '31/02/2026',
        problem: 'invalidDate',
        outcome: 'fieldLeftOut',
      },
    ]);
    expect(rows[4]?.organization).toMatchObject({
      name: 'Ente con errori',
      taxCode: '',
      comune: 'Milano',
    });
    expect(rows[4]?.contact).toBeNull();
    expect(rows[4]?.memberSince).toBeNull();
  });

  it('plans a row with a bad partita IVA as an organization without it, with a warning naming row and column', () => {
    const text =
      'Ragione sociale;Partita IVA;Email referente;Cognome\nAssociazione Ponte Solidale;12345678901;non-una-mail;Neri\n';
    const plan = planTableImport(
      readTableRows(sheetOf(text), suggestMapping(text.split('\n')[0]?.split(';') ?? [])),
      [],
      [],
    );
    expect(plan.invalidRows).toEqual([]);
    expect(plan.organizations[0]?.values).toMatchObject({
      name: 'Associazione Ponte Solidale',
      vatNumber: '',
    });
    expect(plan.contacts[0]?.values).toMatchObject({ lastName: 'Neri', email: '' });
    expect(
      plan.warnings.map(({ rowNumber, problem }) => [rowNumber, problem.header, problem.value]),
    ).toEqual([
      [2, 'Partita IVA', '12345678901'],
      [2, 'Email referente', 'non-una-mail'],
    ]);
  });

  it('leaves out whole a row whose contact names no organization', () => {
    const text = 'Ragione sociale;Cognome\nComune di Paullo;Sala\n;Neri\n';
    const plan = planTableImport(
      readTableRows(sheetOf(text), ['organizationName', 'contactLastName']),
      [],
      [],
    );
    expect(
      plan.invalidRows.map((row) => [
        row.rowNumber,
        row.problems.map((problem) => problem.outcome),
      ]),
    ).toEqual([[3, ['rowLeftOut']]]);
    expect(plan.contacts.map((contact) => contact.values.lastName)).toEqual(['Sala']);
  });

  it('refuses a sheet with headers and no data', () => {
    expect(() =>
      readTableRows(sheetOf('Ragione sociale;Comune\n'), ['organizationName', 'comune']),
    ).toThrow(expect.objectContaining({ code: 'headersOnly' }));
  });
});

describe('planning a table import', () => {
  it('proposes the existing organization with the same codice fiscale, e-mail or name, and groups rows of one organization', () => {
    const { dataset } = partnerFixture();
    const byName = (name: string) =>
      dataset.organizations.find((organization) => organization.name === name);
    const segrate = byName('Comune di Segrate');
    const training = byName('Formazione Lavoro Sud Est Srl');
    if (!segrate || !training) throw new Error('fixture changed');
    const csv = [
      'Ente;Codice fiscale;Comune;Nome;Cognome',
      'comune di segrate;;Segrate;Anna;Verdi',
      'Comune di  Segrate;;Segrate;Luca;Neri',
      `Formazione Lavoro Sud-Est S.r.l.;${training.taxCode};San Donato Milanese;;`,
      'Cooperativa Nuova Aurora;;Vizzolo Predabissi;;',
    ].join('\n');
    const rows = readTableRows(sheetOf(csv), suggestMapping(csv.split('\n')[0]?.split(';') ?? []));
    const plan = planTableImport(rows, dataset.organizations, dataset.contacts);
    expect(
      plan.organizations.map((organization) => [
        organization.rowNumbers,
        organization.proposedExistingId,
      ]),
    ).toEqual([
      [[2, 3], segrate.id],
      [[4], training.id],
      [[5], null],
    ]);
    expect(plan.organizations[0]?.duplicates[0]?.reasons).toContain('sameName');
    expect(plan.organizations[1]?.duplicates[0]?.reasons).toContain('taxCode');
    expect(plan.contacts.map((contact) => contact.values.lastName)).toEqual(['Verdi', 'Neri']);
  });

  it('spots a contact that already exists by e-mail', () => {
    const { dataset } = partnerFixture();
    const contact = dataset.contacts.find((candidate) => candidate.email !== '');
    const organization = dataset.organizations.find(
      (candidate) => candidate.id === contact?.organizationId,
    );
    if (!contact || !organization) throw new Error('fixture changed');
    const csv = `Ente;Cognome;Email referente\n${organization.name};${contact.lastName};${contact.email.toUpperCase()}\n`;
    const plan = planTableImport(
      readTableRows(sheetOf(csv), suggestMapping(['Ente', 'Cognome', 'Email referente'])),
      dataset.organizations,
      dataset.contacts,
    );
    expect(plan.contacts[0]?.existing?.id).toBe(contact.id);
  });
});
