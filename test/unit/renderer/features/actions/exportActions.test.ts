import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { actionsWorkbook } from '../../../../../renderer/features/actions/exportActions';
import { actionWith } from '../../../shared/actions/actionFixture';
import { createRepositories } from '../../../../../renderer/db';
import { createTestContext } from '../../db/testDatabase';

const owner = 'aaaaaaaa-0000-4000-8000-000000000001';

describe('exporting actions to xlsx', () => {
  it('writes a sheet that reads back with text that looks like a formula kept as plain text', async () => {
    const { db } = createTestContext();
    const dangerous = [
      '=HYPERLINK("http://example.invalid","clic")',
      '+39 02 123',
      '-1',
      '@SUM(A1)',
      '\t=1+1',
    ];
    const actions = dangerous.map((title, index) =>
      actionWith({
        title,
        ownerOrganizationId: owner,
        dueDate: `2026-03-2${index + 5}`,
        progress: index * 10,
      }),
    );
    const names = new Map([[owner, '=Ente con uguale']]);
    const bytes = await actionsWorkbook(db, actions, names, 'it', '2026-04-15', 'Azioni');
    const workbook = XLSX.read(bytes, { type: 'array', cellFormula: true, cellDates: false });
    const sheet = workbook.Sheets['Azioni'];
    if (!sheet) throw new Error('The sheet "Azioni" is missing.');
    const cells = Object.entries(sheet).filter(([address]) => !address.startsWith('!'));
    expect(cells.filter(([, cell]: [string, XLSX.CellObject]) => cell.f !== undefined)).toEqual([]);
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet, { raw: true });
    expect(rows.map((row) => row['Titolo'])).toEqual(dangerous);
    expect(rows.map((row) => row['Ente responsabile'])).toEqual(
      dangerous.map(() => '=Ente con uguale'),
    );
    expect(rows.map((row) => row['Scadenza'])).toEqual([46106, 46107, 46108, 46109, 46110]);
    expect(rows.map((row) => row['Avanzamento (%)'])).toEqual([0, 10, 20, 30, 40]);
    expect(sheet['!autofilter']).toEqual({ ref: 'A1:O6' });
  });

  it('fills the Referente column with the owner contact’s full name, read from the database', async () => {
    const context = createTestContext();
    const repositories = createRepositories(context);
    const organization = await repositories.organizations.create({
      name: 'AFOL',
      type: 'agenziaLavoro',
    });
    const contact = await repositories.contacts.create({
      organizationId: organization.id,
      firstName: 'Giulia',
      lastName: 'Rossi',
    });
    const action = actionWith({ ownerOrganizationId: organization.id, ownerContactId: contact.id });
    const names = new Map([[organization.id, 'AFOL']]);
    const bytes = await actionsWorkbook(context.db, [action], names, 'it', '2026-04-15', 'Azioni');
    const sheet = XLSX.read(bytes, { type: 'array' }).Sheets['Azioni'];
    if (!sheet) throw new Error('The sheet "Azioni" is missing.');
    const [row] = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet);
    expect(row?.['Referente']).toBe('Giulia Rossi');
  });
});
