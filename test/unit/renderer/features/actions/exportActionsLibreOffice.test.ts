import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { actionsWorkbook } from '../../../../../renderer/features/actions/exportActions';
import { actionWith } from '../../../shared/actions/actionFixture';
import { createTestContext } from '../../db/testDatabase';
import { convertWithLibreOffice, parseSemicolonCsv } from '../../../../support/libreOffice';

const assolombarda = 'aaaaaaaa-0000-4000-8000-0000000000a1';

describe('the actions workbook read back by LibreOffice', () => {
  // One LibreOffice start: a few seconds on a quiet machine, over 20 s under a load of 25.
  it('shows one row per action exported, a title that looks like a formula as text, the owner by name and the due date as a date', async () => {
    const { db } = createTestContext();
    const formulaTitle = '=1+1 prova di formula';
    const actions = [
      actionWith({
        title: formulaTitle,
        ownerOrganizationId: assolombarda,
        dueDate: '2026-12-31',
        status: 'daAvviare',
      }),
      actionWith({
        title: 'Raccogliere le adesioni delle imprese',
        ownerOrganizationId: assolombarda,
        dueDate: '2026-10-15',
        status: 'inCorso',
        progress: 40,
      }),
      actionWith({ title: 'Aggiornare il catalogo dei corsi', ownerOrganizationId: assolombarda }),
    ];
    const names = new Map([[assolombarda, 'Assolombarda']]);
    const bytes = await actionsWorkbook(db, actions, names, 'it', '2026-09-01', 'Azioni');

    const csv = await convertWithLibreOffice(bytes, 'xlsx', 'csv', 1, true);
    const [header, ...rows] = parseSemicolonCsv(new TextDecoder().decode(csv));
    expect(header?.slice(0, 3)).toEqual(['Titolo', 'Ente responsabile', 'Referente']);
    const filled = rows.filter((row) => row.some((cell) => cell !== ''));
    expect(filled).toHaveLength(actions.length);
    const column = (name: string): number => header?.indexOf(name) ?? -1;
    const exported = filled.find((row) => row[column('Titolo')] === formulaTitle);
    expect(exported).toBeDefined();
    expect(exported?.[column('Ente responsabile')]).toBe('Assolombarda');
    expect(exported?.[column('Scadenza')]).toBe('31/12/2026');
    expect(exported?.[column('Stato')]).toBe('Da avviare');
    expect(filled.every((row) => row[column('Ente responsabile')] === 'Assolombarda')).toBe(true);
  }, 120_000);
});
