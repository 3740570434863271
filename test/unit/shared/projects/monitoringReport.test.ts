import { describe, expect, it } from 'vitest';
import type { Action } from '../../../../shared/domain';
import { cellText, monitoringReport, type ReportDocument } from '../../../../shared/projects';
import {
  comoCostItems,
  comoProject,
  ids,
  peopleIndicator,
  spending,
  stamp,
  value,
} from './projectFixtures';

const names = new Map([
  [ids.lead, 'Azienda sociale comasca e lariana'],
  [ids.partner, 'Cooperativa Lavoro Insieme'],
]);

const action: Action = {
  id: '00000000-0000-4000-8000-0000000000d1',
  createdAt: stamp,
  updatedAt: stamp,
  rev: 1,
  archivedAt: null,
  networkId: '00000000-0000-4000-8000-0000000000c1',
  title: 'Aprire lo sportello di Cantù',
  description: '',
  ownerOrganizationId: ids.partner,
  ownerContactId: null,
  supportingOrganizationIds: [],
  projectId: ids.project,
  dueDate: '2026-09-30',
  status: 'inCorso',
  priority: 'media',
  progress: 40,
  originMeetingId: null,
  originAgendaItemId: null,
  tags: [],
};

function build(range = { from: null as string | null, to: null as string | null }): ReportDocument {
  return monitoringReport({
    locale: 'it',
    project: comoProject({ notes: 'Dati del secondo trimestre provvisori' }),
    networkName: 'Ambito di Como',
    names,
    indicators: [peopleIndicator()],
    values: [
      value(ids.lead, '2026-Q1', 30),
      value(ids.partner, '2026-Q1', 20),
      value(ids.lead, '2026-Q2', 45),
    ],
    expenditures: [
      spending(ids.lead, '2026-Q1', 100_000),
      spending(ids.partner, '2026-Q2', 50_000.5),
    ],
    actions: [action],
    today: '2026-07-02',
    range,
  });
}

/** The whole-project report of the project with its voci di spesa, over this spending alone. */
function reportWithCostItems(expenditures: ReturnType<typeof spending>[]): ReportDocument {
  return monitoringReport({
    locale: 'it',
    project: comoProject({ costItems: comoCostItems }),
    networkName: 'Ambito di Como',
    names,
    indicators: [],
    values: [],
    expenditures,
    actions: [],
    today: '2026-07-02',
    range: { from: null, to: null },
  });
}

function table(document: ReportDocument, heading: string): string[][] {
  const section = document.sections.find((entry) => entry.heading === heading);
  const rows = section?.table
    ? [...section.table.rows, ...(section.table.totals ? [section.table.totals] : [])]
    : [];
  return rows.map((row) => row.map((cell) => cellText('it', cell)));
}

describe('monitoringReport', () => {
  it('lists every indicator with its target, the value reached and the share', () => {
    expect(table(build(), 'Indicatori')).toEqual([
      ['Persone prese in carico', 'Output', 'persone', '0', '200', '95', '47,5%'],
    ]);
  });

  it('gives each partner’s contribution with the periods it reported', () => {
    expect(table(build(), 'Contributi dei partner')).toEqual([
      [
        'Persone prese in carico',
        'Azienda sociale comasca e lariana',
        '1° trim. 2026, 2° trim. 2026',
        '75',
        '37,5%',
      ],
      ['Persone prese in carico', 'Cooperativa Lavoro Insieme', '1° trim. 2026', '20', '10%'],
    ]);
  });

  it('writes the budget per partner and per source with exact totals in euro', () => {
    expect(table(build(), 'Budget per partner')).toEqual(
      [
        [
          'Azienda sociale comasca e lariana',
          '451.000,00 €',
          '100.000,00 €',
          '351.000,00 €',
          '22,2%',
        ],
        ['Cooperativa Lavoro Insieme', '300.000,00 €', '50.000,50 €', '249.999,50 €', '16,7%'],
        ['Totale', '751.000,00 €', '150.000,50 €', '600.999,50 €', '20%'],
      ].map((row) => row.map((cell) => cell.replace(' €', '\u00a0€'))),
    );
    expect(table(build(), 'Budget per fonte di finanziamento').at(-1)?.[1]).toBe(
      '751.000,00\u00a0€',
    );
  });

  it('lists the linked actions, the partners behind and the notes', () => {
    const document = build();
    expect(table(document, 'Azioni collegate')).toEqual([
      [
        'Aprire lo sportello di Cantù',
        'Cooperativa Lavoro Insieme',
        '30/09/2026',
        'In corso',
        '40%',
      ],
    ]);
    const warnings = document.sections.find((section) => section.heading === 'Avvisi di ritardo');
    expect(warnings?.paragraphs).toHaveLength(3);
    expect(warnings?.paragraphs[0]).toMatch(/^Azienda sociale comasca e lariana: ha speso 22,2%/);
    expect(document.sections.at(-1)?.paragraphs).toEqual(['Dati del secondo trimestre provvisori']);
    expect(document.title).toBe('Rapporto di monitoraggio: Emergenza lavoro');
    // Each fact in a cell of its own, never "label: value" in one.
    expect(table(document, 'Progetto')).toEqual([
      ['Codice (CUP)', 'CUP J51B21000000002'],
      ['Avviso', 'Avviso Emergenza lavoro n. 3/2025 del 15/10/2025'],
      ['Periodo', '01/01/2026 – 31/12/2026'],
      ['Stato', 'In corso'],
      ['Enti capofila', 'Azienda sociale comasca e lariana (capofila)'],
      [
        'Partner',
        'Azienda sociale comasca e lariana (capofila); Cooperativa Lavoro Insieme (partner)',
      ],
      [
        'Fonti di finanziamento',
        'Regione Lombardia 591.000,00\u00a0€; Cofinanziamento partner 160.000,00\u00a0€',
      ],
    ]);
  });

  it('counts only the periods in the chosen range', () => {
    const document = build({ from: '2026-04-01', to: '2026-06-30' });
    expect(table(document, 'Indicatori')[0]?.[5]).toBe('45');
    expect(table(document, 'Budget per partner').at(-1)?.[2]).toBe('50.000,50\u00a0€');
    expect(document.subtitle[1]).toBe('Periodi dal 01/04/2026 al 30/06/2026');
  });

  it('gives each voce di spesa with each partner’s spending and flags one spent beyond its plan', () => {
    const [staff, , overheads] = comoCostItems;
    const document = reportWithCostItems([
      spending(ids.lead, '2026-Q1', 100_000, 'Regione Lombardia', {
        costItemId: staff?.id ?? null,
      }),
      spending(ids.partner, '2026-Q2', 51_000.5, 'Regione Lombardia', {
        costItemId: overheads?.id ?? null,
      }),
    ]);
    const nbsp = (rows: string[][]): string[][] =>
      rows.map((row) => row.map((cell) => cell.replace(' €', '\u00a0€')));
    expect(table(document, 'Budget per voce di spesa')).toEqual(
      nbsp([
        [
          'Operatori dello sportello',
          'Personale',
          '450.000,00 €',
          '100.000,00 €',
          '350.000,00 €',
          '22,2%',
          '100.000,00 €',
          '0,00 €',
        ],
        [
          'Tirocini e borse lavoro',
          'Servizi e consulenze',
          '250.000,00 €',
          '0,00 €',
          '250.000,00 €',
          '0%',
          '0,00 €',
          '0,00 €',
        ],
        [
          'Spese generali',
          'Spese generali',
          '51.000,00 €',
          '51.000,50 €',
          '-0,50 €',
          '100%',
          '0,00 €',
          '51.000,50 €',
        ],
        [
          'Totale',
          '',
          '751.000,00 €',
          '151.000,50 €',
          '599.999,50 €',
          '20,1%',
          '100.000,00 €',
          '51.000,50 €',
        ],
      ]),
    );
    const section = document.sections.find((entry) => entry.heading === 'Budget per voce di spesa');
    expect(section?.paragraphs).toEqual([
      'Voce «Spese generali»: speso 51.000,50\u00a0€ (previsto 51.000,00\u00a0€, 100%), residuo -0,50\u00a0€',
    ]);
  });
});

describe('the monitoring report’s charts', () => {
  const chartOf = (document: ReportDocument, heading: string) =>
    document.sections.find((section) => section.heading === heading)?.chart ?? null;

  it('draws the indicators against their target and, without voci, each partner’s plan against its spending to date', () => {
    const document = build();
    const indicators = chartOf(document, 'Indicatori');
    expect(indicators?.title).toBe(
      'Grafico: indicatori raggiunti al 02/07/2026 rispetto al target',
    );
    expect(indicators?.rows).toEqual([
      { label: 'Persone prese in carico', values: [47.5], texts: ['95 (47,5%)'] },
    ]);
    const partners = chartOf(document, 'Budget per partner');
    expect(partners?.title).toBe('Grafico: spesa per partner, prevista e sostenuta al 02/07/2026');
    expect(partners?.rows.map((row) => [row.label, ...row.values])).toEqual([
      ['Azienda sociale comasca e lariana', 451_000, 100_000],
      ['Cooperativa Lavoro Insieme', 300_000, 50_000.5],
    ]);
    expect(partners?.description).toContain(
      'Cooperativa Lavoro Insieme: previsto 300.000,00\u00a0€, speso 50.000,50\u00a0€',
    );
  });

  it('draws the spending per voce di spesa where the project has voci, and not per partner as well', () => {
    const [staff] = comoCostItems;
    const document = reportWithCostItems([
      spending(ids.lead, '2026-Q1', 100_000, 'Regione Lombardia', {
        costItemId: staff?.id ?? null,
      }),
    ]);
    expect(chartOf(document, 'Budget per partner')).toBeNull();
    expect(chartOf(document, 'Indicatori')).toBeNull();
    const costItems = chartOf(document, 'Budget per voce di spesa');
    expect(costItems?.rows.map((row) => [row.label, ...row.values])).toEqual([
      ['Operatori dello sportello', 450_000, 100_000],
      ['Tirocini e borse lavoro', 250_000, 0],
      ['Spese generali', 51_000, 0],
    ]);
  });

  it('dates its charts at the end of the chosen range', () => {
    const document = build({ from: '2026-04-01', to: '2026-06-30' });
    expect(chartOf(document, 'Indicatori')?.title).toBe(
      'Grafico: indicatori raggiunti al 30/06/2026 rispetto al target',
    );
  });
});
