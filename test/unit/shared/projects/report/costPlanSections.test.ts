import { describe, expect, it } from 'vitest';
import type { CostPlanLine } from '../../../../../shared/domain';
import { translate } from '../../../../../shared/i18n';
import { cellText, monitoringReport } from '../../../../../shared/projects';
import { costPlanSections } from '../../../../../shared/projects/report/costPlanSections';
import { comoProject, ids } from '../projectFixtures';

const staff = '00000000-0000-4000-8000-0000000000d1';
const names = new Map([
  [ids.lead, 'AFOL Metropolitana'],
  [ids.partner, 'Comune di Como'],
]);
const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('it', key, params);
const cell = (organizationId: string, fundingSourceName: string, amount: number): CostPlanLine => ({
  costItemId: staff,
  organizationId,
  fundingSourceName,
  amount,
});

function project(costPlan: CostPlanLine[]) {
  return comoProject({
    costItems: [{ id: staff, category: 'personnel', name: 'Operatori', planned: 751_000 }],
    costPlan,
    cofinancingSources: ['Cofinanziamento partner'],
  });
}

const plan = [
  cell(ids.lead, 'Regione Lombardia', 361_000),
  cell(ids.lead, 'Cofinanziamento partner', 90_000),
  cell(ids.partner, 'Regione Lombardia', 230_000),
  cell(ids.partner, 'Cofinanziamento partner', 70_000),
];
const name = (id: string): string => names.get(id) ?? '';
/** Text as read, with the no-break space before € made a plain one. */
const plain = (text: string): string => text.replace(/\u00a0/g, ' ');

describe('the cost plan sections of a report', () => {
  it('print the voce per partner and source, reconciled, and each partner’s co-financing with its shares', () => {
    const [planSection, cofinancing] = costPlanSections(t, 'it', project(plan), name);
    expect(planSection?.paragraphs.map(plain)).toEqual([
      'Il piano torna al centesimo: voci, partner e fonti fanno 751.000,00 €.',
    ]);
    expect(planSection?.table?.columns).toEqual([
      'Voce di spesa',
      'Previsto',
      'AFOL Metropolitana',
      'Comune di Como',
      'Regione Lombardia',
      'Cofinanziamento partner',
      'Ripartito',
    ]);
    expect(planSection?.table?.rows[0]?.map((item) => plain(cellText('it', item)))).toEqual([
      'Operatori',
      '751.000,00 €',
      '451.000,00 €',
      '300.000,00 €',
      '591.000,00 €',
      '160.000,00 €',
      '751.000,00 €',
    ]);
    expect(
      cofinancing?.table?.rows.map((row) => row.map((item) => plain(cellText('it', item)))),
    ).toEqual([
      ['AFOL Metropolitana', '451.000,00 €', '90.000,00 €', '20%', '56,3%'],
      ['Comune di Como', '300.000,00 €', '70.000,00 €', '23,3%', '43,8%'],
    ]);
  });

  it('say where the plan does not add up, and are in the monitoring report', () => {
    const short = project(plan.slice(0, 3));
    const [planSection, cofinancing] = costPlanSections(t, 'it', short, name);
    expect(planSection?.paragraphs.map(plain)).toContain(
      'Comune di Como: il piano gli assegna 230.000,00 €, la sua quota è 300.000,00 € (differenza -70.000,00 €)',
    );
    expect(cofinancing?.paragraphs.map(plain)).toEqual([
      'I partner devono 90.000,00 € di cofinanziamento, le fonti di cofinanziamento sono 160.000,00 €',
    ]);
    const report = monitoringReport({
      locale: 'it',
      project: short,
      networkName: 'Ambito di Como',
      names,
      indicators: [],
      values: [],
      expenditures: [],
      actions: [],
      today: '2026-12-05',
      range: { from: null, to: null },
    });
    expect(report.sections.map((section) => section.heading)).toEqual(
      expect.arrayContaining([
        'Piano dei costi per partner e fonte',
        'Cofinanziamento dovuto dai partner',
      ]),
    );
  });

  it('are left out of a project without voci di spesa', () => {
    expect(costPlanSections(t, 'it', comoProject(), name)).toEqual([]);
  });
});
