import type { Indicator } from '../../../../../shared/domain';
import type { QuarterlyReportInput } from '../../../../../shared/projects';
import {
  comoCostItems,
  comoProject,
  ids,
  peopleIndicator,
  spending,
  value,
} from '../projectFixtures';

export const names = new Map([
  [ids.lead, 'Azienda sociale comasca e lariana'],
  [ids.partner, 'Cooperativa Lavoro Insieme'],
]);

const [staff, internships] = comoCostItems;
const staffId = staff?.id ?? null;
const internshipsId = internships?.id ?? null;

/** Counted again each quarter: the most reached in one quarter is the partner's figure. */
export const companiesIndicator: Indicator = peopleIndicator({
  id: '00000000-0000-4000-8000-0000000000b2',
  name: 'Aziende coinvolte',
  unit: 'aziende',
  target: 40,
  aggregation: 'max',
});

/**
 * The Como project reported on its second quarter of 2026. By hand: the lead spent 100.000,00 €
 * in Q1 and 20.000,25 € in Q2 on the staff, the partner 10.000,10 € of co-financing in Q2 on
 * internships; the partner's 5.000 € of Q3 and an archived 999 € must not count.
 */
export function secondQuarterInput(
  overrides: Partial<QuarterlyReportInput> = {},
): QuarterlyReportInput {
  return {
    locale: 'it',
    project: comoProject({ costItems: comoCostItems }),
    networkName: 'Ambito di Como',
    names,
    indicators: [peopleIndicator(), companiesIndicator],
    values: [
      value(ids.lead, '2026-Q1', 30),
      value(ids.partner, '2026-Q1', 20),
      value(ids.lead, '2026-Q2', 45),
      value(ids.partner, '2026-Q3', 10),
      value(ids.lead, '2026-Q1', 18, { indicatorId: companiesIndicator.id }),
      value(ids.lead, '2026-Q2', 15, { indicatorId: companiesIndicator.id }),
      value(ids.partner, '2026-Q2', 5, { indicatorId: companiesIndicator.id }),
    ],
    expenditures: [
      spending(ids.lead, '2026-Q1', 100_000, 'Regione Lombardia', { costItemId: staffId }),
      spending(ids.lead, '2026-Q2', 20_000.25, 'Regione Lombardia', { costItemId: staffId }),
      spending(ids.partner, '2026-Q2', 10_000.1, 'Cofinanziamento partner', {
        costItemId: internshipsId,
      }),
      spending(ids.partner, '2026-Q3', 5_000, 'Regione Lombardia', { costItemId: internshipsId }),
      spending(ids.partner, '2026-Q2', 999, 'Regione Lombardia', {
        costItemId: staffId,
        archivedAt: '2026-07-01T08:00:00.000Z',
      }),
    ],
    quarter: '2026-Q2',
    today: '2026-10-05',
    ...overrides,
  };
}
