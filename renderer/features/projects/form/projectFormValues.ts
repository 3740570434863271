import type { CostItem, CostPlanLine, Draft, Project } from '../../../../shared/domain';
import {
  budgetLinesOfCostPlan,
  isProjectLead,
  proportionalBudgetLines,
} from '../../../../shared/projects';

/** What the project form edits; numbers may be '' while the user types. */
export type ProjectFormValues = {
  title: string;
  code: string;
  callReference: string;
  callNumber: string;
  callDate: string;
  state: Project['state'];
  periodFrom: string;
  periodTo: string;
  description: string;
  notes: string;
  /** Every partner, the enti capofila marked `lead` (the first of them is the main one). */
  partners: {
    organizationId: string | null;
    role: string;
    budgetShare: number | string;
    lead: boolean;
  }[];
  /** The sources, each marked when the partners co-finance it themselves. */
  fundingSources: { name: string; amount: number | string; cofinancing: boolean }[];
  /** The voci di spesa; a new one gets its id when added, so expenses can point at it. */
  costItems: {
    id: string;
    category: CostItem['category'];
    name: string;
    planned: number | string;
  }[];
  /** The amount of each voce × partner × source cell of the plan; a missing cell is zero. */
  costPlan: {
    costItemId: string;
    organizationId: string;
    fundingSourceName: string;
    amount: number | string;
  }[];
};

/** The form's values for a new project or an existing one. */
export function projectFormValues(project: Project | null): ProjectFormValues {
  return {
    title: project?.title ?? '',
    code: project?.code ?? '',
    callReference: project?.callReference ?? '',
    callNumber: project?.callNumber ?? '',
    callDate: project?.callDate ?? '',
    state: project?.state ?? 'candidato',
    periodFrom: project?.periodFrom ?? '',
    periodTo: project?.periodTo ?? '',
    description: project?.description ?? '',
    notes: project?.notes ?? '',
    partners: project ? partnerRows(project) : [],
    fundingSources: (project?.fundingSources ?? []).map((source) => ({
      ...source,
      cofinancing: project?.cofinancingSources.includes(source.name) ?? false,
    })),
    costItems: (project?.costItems ?? []).map((item) => ({ ...item })),
    costPlan: (project?.costPlan ?? []).map((line) => ({ ...line })),
  };
}

/** The partner rows of a project; a main capofila missing from its partners becomes the first. */
function partnerRows(project: Project): ProjectFormValues['partners'] {
  const main = project.leadOrganizationId;
  const rows = project.partners.map((partner) => ({
    organizationId: partner.organizationId,
    role: partner.role,
    budgetShare: partner.budgetShare,
    lead: isProjectLead(project, partner.organizationId),
  }));
  if (main && !rows.some((row) => row.organizationId === main)) {
    rows.unshift({ organizationId: main, role: '', budgetShare: 0, lead: true });
  }
  return rows;
}

/**
 * An amount of the form in euro. The money input hands over a string while its number is not
 * settled, written the JavaScript way (`220000.00`); a string typed the Italian way
 * (`160.000,00`) is read as such. Anything else is zero.
 */
export function amountOf(value: number | string): number {
  if (typeof value === 'number') return value;
  const plain = /^-?\d*(\.\d*)?$/.test(value) ? value : value.replace(/\./g, '').replace(',', '.');
  return Number(plain) || 0;
}

/**
 * The fields of a project written from the form. The first partner marked capofila is the main
 * one (`leadOrganizationId`); the others keep their mark. Each partner's share is split across the
 * funding sources in proportion to their amounts, so the plan has budget lines per partner and
 * source whose cents add up exactly.
 */
export function projectFieldsOf(
  values: ProjectFormValues,
): Omit<Draft<Project>, 'networkId' | 'goodPractice'> {
  const partners = values.partners.flatMap((partner) =>
    partner.organizationId
      ? [
          {
            organizationId: partner.organizationId,
            role: partner.role.trim() || 'partner',
            budgetShare: amountOf(partner.budgetShare),
            lead: partner.lead,
          },
        ]
      : [],
  );
  const namedSources = values.fundingSources.filter((source) => source.name.trim() !== '');
  const fundingSources = namedSources.map((source) => ({
    name: source.name.trim(),
    amount: amountOf(source.amount),
  }));
  const costItems = values.costItems
    .filter((item) => item.name.trim() !== '')
    .map((item) => ({
      id: item.id,
      category: item.category,
      name: item.name.trim(),
      planned: amountOf(item.planned),
    }));
  const costPlan = keptCostPlan(values.costPlan, costItems, partners, fundingSources);
  return {
    title: values.title.trim(),
    code: values.code.trim(),
    callReference: values.callReference.trim(),
    callNumber: values.callNumber.trim(),
    callDate: values.callDate || null,
    state: values.state,
    periodFrom: values.periodFrom || null,
    periodTo: values.periodTo || null,
    leadOrganizationId: partners.find((partner) => partner.lead)?.organizationId ?? null,
    description: values.description,
    notes: values.notes,
    partners,
    fundingSources,
    budgetLines:
      costPlan.length > 0
        ? budgetLinesOfCostPlan(costPlan, partners, fundingSources)
        : proportionalBudgetLines(partners, fundingSources),
    costItems,
    costPlan,
    cofinancingSources: namedSources
      .filter((source) => source.cofinancing)
      .map((source) => source.name.trim()),
  };
}

/**
 * The plan's cells that still point at a voce, a partner and a source of the form, with an
 * amount: a removed row takes its cells with it, and an empty cell is not stored.
 */
function keptCostPlan(
  cells: ProjectFormValues['costPlan'],
  costItems: readonly { id: string }[],
  partners: readonly { organizationId: string }[],
  fundingSources: readonly { name: string }[],
): CostPlanLine[] {
  return cells.flatMap((cell) => {
    const amount = amountOf(cell.amount);
    const known =
      costItems.some((item) => item.id === cell.costItemId) &&
      partners.some((partner) => partner.organizationId === cell.organizationId) &&
      fundingSources.some((source) => source.name === cell.fundingSourceName);
    return known && amount > 0 ? [{ ...cell, amount }] : [];
  });
}
