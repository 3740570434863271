import { describe, expect, it } from 'vitest';
import { actionsSheetRows } from '../../../../shared/actions';
import { actionWith, afol, segrate, sportello } from './actionFixture';

const lookups = {
  organizations: new Map([
    [afol, 'AFOL Metropolitana'],
    [segrate, 'Comune di Segrate'],
  ]),
  contacts: new Map<string, string>(),
  projects: new Map([[sportello, 'Sportello Lavoro']]),
  meetings: new Map<string, string>(),
  agendaItems: new Map<string, string>(),
};

describe('the exported action list', () => {
  it('has a header row in the user’s language and one row per action with names for ids', () => {
    const action = actionWith({
      title: 'Mappatura',
      ownerOrganizationId: afol,
      supportingOrganizationIds: [segrate],
      projectId: sportello,
      dueDate: '2026-04-10',
      status: 'inCorso',
      progress: 40,
      tags: ['tirocini', 'imprese'],
    });
    const [header, row] = actionsSheetRows([action], lookups, 'it', '2026-04-15');
    const byHeader = new Map(header?.map((cell, index) => [cell.v, row?.[index]]));
    expect(byHeader.get('Titolo')).toEqual({ t: 's', v: 'Mappatura' });
    expect(byHeader.get('Ente responsabile')).toEqual({ t: 's', v: 'AFOL Metropolitana' });
    expect(byHeader.get('Enti di supporto')).toEqual({ t: 's', v: 'Comune di Segrate' });
    expect(byHeader.get('Progetto')).toEqual({ t: 's', v: 'Sportello Lavoro' });
    expect(byHeader.get('Stato')).toEqual({ t: 's', v: 'In corso' });
    expect(byHeader.get('Scaduta')).toEqual({ t: 's', v: 'Sì' });
    expect(byHeader.get('Avanzamento (%)')).toEqual({ t: 'n', v: 40 });
    expect(byHeader.get('Etichette')).toEqual({ t: 's', v: 'tirocini; imprese' });
    expect(byHeader.get('Scadenza')).toEqual({ t: 'n', v: 46122, z: 'dd/mm/yyyy' });
    expect(byHeader.get('ID')).toEqual({ t: 's', v: action.id });
  });

  it('writes text that looks like a formula as a plain string cell, never a formula', () => {
    const action = actionWith({ title: '=HYPERLINK("http://x","y")', description: '+1-2' });
    const rows = actionsSheetRows([action], lookups, 'en', '2026-04-15');
    const cells = rows.flat();
    expect(cells.every((cell) => !('f' in cell))).toBe(true);
    expect(cells).toContainEqual({ t: 's', v: '=HYPERLINK("http://x","y")' });
    expect(cells).toContainEqual({ t: 's', v: '+1-2' });
    expect(rows[0]?.[0]).toEqual({ t: 's', v: 'Title' });
  });
});
