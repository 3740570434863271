import type {
  CostItem,
  Expenditure,
  Indicator,
  IndicatorValue,
  Project,
} from '../../../../shared/domain';

export const stamp = '2026-01-10T09:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: stamp, updatedAt: stamp, rev: 1, archivedAt: null });

export const ids = {
  project: '00000000-0000-4000-8000-000000000001',
  lead: '00000000-0000-4000-8000-0000000000a1',
  partner: '00000000-0000-4000-8000-0000000000a2',
  other: '00000000-0000-4000-8000-0000000000a3',
  indicator: '00000000-0000-4000-8000-0000000000b1',
  network: '00000000-0000-4000-8000-0000000000c1',
};

/** Como's Emergenza lavoro plan: 751.000 € of which 591.000 € from Regione Lombardia. */
export function comoProject(overrides: Partial<Project> = {}): Project {
  return {
    ...meta(ids.project),
    networkId: ids.network,
    title: 'Emergenza lavoro',
    code: 'CUP J51B21000000002',
    callReference: 'Avviso Emergenza lavoro',
    callNumber: '3/2025',
    callDate: '2025-10-15',
    state: 'inCorso',
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    leadOrganizationId: ids.lead,
    partners: [
      { organizationId: ids.lead, role: 'capofila', budgetShare: 451_000 },
      { organizationId: ids.partner, role: 'partner', budgetShare: 300_000 },
    ],
    fundingSources: [
      { name: 'Regione Lombardia', amount: 591_000 },
      { name: 'Cofinanziamento partner', amount: 160_000 },
    ],
    budgetLines: [],
    costItems: [],
    costPlan: [],
    cofinancingSources: [],
    description: '',
    goodPractice: null,
    notes: '',
    ...overrides,
  };
}

/** A quarterly indicator with a target of 200 people. */
export function peopleIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    ...meta(ids.indicator),
    projectId: ids.project,
    name: 'Persone prese in carico',
    unit: 'persone',
    kind: 'output',
    baseline: 0,
    target: 200,
    periodicity: 'trimestre',
    aggregation: 'sum',
    breakdownDimensions: [],
    partnerTargets: [],
    ...overrides,
  };
}

let counter = 0;
function nextId(): string {
  counter += 1;
  return `00000000-0000-4000-9000-${String(counter).padStart(12, '0')}`;
}

/** A value of the people indicator. */
export function value(
  organizationId: string | null,
  period: string,
  amount: number,
  overrides: Partial<IndicatorValue> = {},
): IndicatorValue {
  return {
    ...meta(nextId()),
    indicatorId: ids.indicator,
    projectId: ids.project,
    organizationId,
    period,
    value: amount,
    note: '',
    breakdowns: [],
    ...overrides,
  };
}

/** The voci di spesa of the Como plan, adding up to its 751.000 €. */
export const comoCostItems: CostItem[] = [
  {
    id: '00000000-0000-4000-8000-0000000000e1',
    category: 'personnel',
    name: 'Operatori dello sportello',
    planned: 450_000,
  },
  {
    id: '00000000-0000-4000-8000-0000000000e2',
    category: 'services',
    name: 'Tirocini e borse lavoro',
    planned: 250_000,
  },
  {
    id: '00000000-0000-4000-8000-0000000000e3',
    category: 'overheads',
    name: 'Spese generali',
    planned: 51_000,
  },
];

/** An expenditure of the Como project. */
export function spending(
  organizationId: string | null,
  period: string,
  amount: number,
  fundingSourceName = 'Regione Lombardia',
  overrides: Partial<Expenditure> = {},
): Expenditure {
  return {
    ...meta(nextId()),
    projectId: ids.project,
    organizationId,
    fundingSourceName,
    period,
    amount,
    note: '',
    date: null,
    documentReference: '',
    costItemId: null,
    ...overrides,
  };
}
