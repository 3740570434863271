import { describe, expect, it } from 'vitest';
import {
  canBeGoodPractice,
  cellText,
  goodPracticeEntries,
  goodPracticeRegister,
  searchGoodPractices,
} from '../../../../shared/projects';
import { comoProject, ids } from './projectFixtures';

const names = new Map([
  [ids.lead, 'Città di Como'],
  [ids.partner, 'Cooperativa Lavoro Insieme'],
]);

const marked = comoProject({
  state: 'concluso',
  goodPractice: {
    markedAt: '2026-12-20T10:00:00.000Z',
    description: 'Tutoraggio intensivo per l’inserimento lavorativo',
    whatWorked: 'Un solo referente per persona',
    forWhom: 'Persone fragili disoccupate da più di un anno',
    cost: 120_000,
    partnersNote: 'Servizi accreditati al lavoro',
  },
});

describe('good practices', () => {
  it('lets only a concluded or accounted project be a good practice', () => {
    expect(canBeGoodPractice(comoProject())).toBe(false);
    expect(canBeGoodPractice(comoProject({ state: 'rendicontato' }))).toBe(true);
  });

  it('finds a good practice by any word, whatever its case and accents', () => {
    const entries = goodPracticeEntries([marked, comoProject({ id: ids.other })], names);
    expect(entries).toHaveLength(1);
    expect(searchGoodPractices(entries, 'CITTA tutoraggio')).toHaveLength(1);
    expect(searchGoodPractices(entries, 'fragilità')).toHaveLength(0);
    expect(searchGoodPractices(entries, 'persone FRAGILI')).toHaveLength(1);
    expect(searchGoodPractices(entries, 'Cooperativa')).toHaveLength(1);
    expect(searchGoodPractices(entries, '  ')).toHaveLength(1);
  });

  it('leaves archived projects out of the register and writes the cost in euro', () => {
    expect(
      goodPracticeEntries([{ ...marked, archivedAt: '2026-12-21T10:00:00.000Z' }], names),
    ).toEqual([]);
    const register = goodPracticeRegister(
      'it',
      goodPracticeEntries([marked], names),
      'Ambito di Como',
      '2026-12-31',
    );
    // The title once, then a list narrow enough for a portrait page.
    expect(register.title).toBe('Banca dati delle buone prassi');
    expect(register.sections.map((section) => section.heading)).toEqual([
      'Elenco dei progetti',
      'Emergenza lavoro',
    ]);
    const [list, practice] = register.sections;
    expect(list?.table?.columns).toHaveLength(5);
    const row = list?.table?.rows[0];
    expect(row?.[0]).toEqual({ kind: 'text', text: 'Emergenza lavoro' });
    expect(row?.[4]).toEqual({ kind: 'number', value: 120_000, format: 'euro' });
    expect(practice?.table?.rows.map((cells) => cells.map((cell) => cellText('it', cell)))).toEqual(
      [
        ['Descrizione', 'Tutoraggio intensivo per l’inserimento lavorativo'],
        ['Che cosa ha funzionato', 'Un solo referente per persona'],
        ['Per chi', 'Persone fragili disoccupate da più di un anno'],
        [
          'Con quali partner',
          'Città di Como, Cooperativa Lavoro Insieme — Servizi accreditati al lavoro',
        ],
      ],
    );
  });
});
