import { describe, expect, it } from 'vitest';
import {
  actionProgressReport,
  actionReviewLines,
  completionsByMonth,
  isActionReviewItem,
} from '../../../../shared/actions';
import { actionWith } from './actionFixture';

describe('the review of actions in a meeting', () => {
  it('recognizes the agenda item that reviews the actions', () => {
    expect(isActionReviewItem('Stato di avanzamento delle azioni')).toBe(true);
    expect(isActionReviewItem('Avanzamento degli impegni assunti')).toBe(true);
    expect(isActionReviewItem('STATO DI AVANZAMENTO DELLE AZIONI DI SISTEMA')).toBe(true);
    expect(isActionReviewItem('Approvazione del verbale')).toBe(false);
    expect(isActionReviewItem('Avanzamento della spesa')).toBe(false);
  });

  it('lists open actions, overdue first, each by due day, leaving out closed and archived ones', () => {
    const actions = [
      actionWith({ title: 'Più tardi', status: 'inCorso', dueDate: '2026-06-01' }),
      actionWith({ title: 'Scaduta da poco', status: 'bloccata', dueDate: '2026-04-10' }),
      actionWith({ title: 'Scaduta da tempo', status: 'daAvviare', dueDate: '2026-01-10' }),
      actionWith({ title: 'Senza data', status: 'inCorso', dueDate: null }),
      actionWith({ title: 'Presto', status: 'inCorso', dueDate: '2026-04-15' }),
      actionWith({ title: 'Chiusa', status: 'completata', dueDate: '2026-01-01' }),
      actionWith({ title: 'Annullata', status: 'annullata', dueDate: '2026-01-01' }),
      actionWith({
        title: 'Archiviata',
        status: 'inCorso',
        dueDate: '2026-01-01',
        archivedAt: '2026-02-01T00:00:00.000Z',
      }),
    ];
    const report = actionProgressReport(actions, '2026-04-15');
    expect(report.overdue.map((action) => action.title)).toEqual([
      'Scaduta da tempo',
      'Scaduta da poco',
    ]);
    expect(report.open.map((action) => action.title)).toEqual([
      'Presto',
      'Più tardi',
      'Senza data',
    ]);
  });

  it('writes the review as lines for the minutes, in Italian', () => {
    const afol = 'aaaaaaaa-0000-4000-8000-000000000001';
    const report = actionProgressReport(
      [
        actionWith({
          title: 'Regolamento',
          ownerOrganizationId: afol,
          status: 'inCorso',
          dueDate: '2026-04-01',
        }),
        actionWith({ title: 'Convenzione', status: 'daAvviare', dueDate: '2026-04-18' }),
        actionWith({ title: 'Mappatura', status: 'bloccata', dueDate: null }),
      ],
      '2026-04-15',
    );
    const names = new Map([[afol, 'AFOL Metropolitana']]);
    expect(actionReviewLines(report, names, '2026-04-15', 'it')).toEqual([
      'Scadute (1)',
      'Regolamento — AFOL Metropolitana — scaduta da 2 settimane',
      'Aperte (2)',
      'Convenzione — scade tra 3 giorni',
      'Mappatura — senza scadenza',
    ]);
    expect(actionReviewLines({ overdue: [], open: [] }, new Map(), '2026-04-15', 'it')).toEqual([
      'Nessuna azione aperta',
    ]);
  });
});

describe('completions over time', () => {
  it('counts completions in each of the last twelve months, oldest first', () => {
    const months = completionsByMonth(
      ['2026-04-02', '2026-04-30', '2026-03-31', '2025-05-01', '2025-04-30', '2026-05-01'],
      '2026-04-15',
    );
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: '2025-05', count: 1 });
    expect(months.at(-2)).toEqual({ month: '2026-03', count: 1 });
    expect(months.at(-1)).toEqual({ month: '2026-04', count: 2 });
    expect(months.reduce((sum, month) => sum + month.count, 0)).toBe(4);
  });

  it('does not skip a month when today is the 31st', () => {
    const months = completionsByMonth([], '2026-03-31', 3).map((entry) => entry.month);
    expect(months).toEqual(['2026-01', '2026-02', '2026-03']);
  });
});
