import type {
  Action,
  Contact,
  Indicator,
  IndicatorValue,
  Network,
  Organization,
  Project,
} from '../domain';
import { translate } from '../i18n';
import { comparePeriods, partnerTargetOf } from '../projects';
import { dataSheetKeys, partnerFormatVersion, type DataSheetKey } from './partnerFormat';
import { rowHash, type BaseValue, type ExportRow, type PartnerBase } from './partnerBase';
import {
  lastClosedQuarter,
  lateOpenPeriods,
  periodText,
  reportingPeriodOf,
} from './partnerPeriods';

/** Everything an export for one partner reads; the records may cover the whole network. */
export type PartnerExportInput = {
  network: Network;
  partner: Organization;
  actions: readonly Action[];
  contacts: readonly Contact[];
  projects: readonly Project[];
  indicators: readonly Indicator[];
  indicatorValues: readonly IndicatorValue[];
  batchId: string;
  exportedAt: string;
  returnBy: string;
  /** Today as `yyyy-MM-dd`: without a reporting period, the last quarter closed on it is one. */
  today: string;
  /** The quarter the partners report for (`2026-Q1`), as the coordinator chose it. */
  reportingPeriod?: string;
  /** Organizations by id, to name the owner of an action the partner supports. */
  organizationNames?: ReadonlyMap<string, string>;
};

function exportRow(
  sheet: DataSheetKey,
  id: string,
  rev: number | null,
  label: string,
  values: Record<string, BaseValue>,
  recordId: string | null = null,
): ExportRow {
  return { id, rev, recordId, label, values, hash: rowHash(sheet, id, rev, values) };
}

const statusOrder = ['bloccata', 'inCorso', 'daAvviare', 'completata', 'annullata'];
// Compares as `localeCompare(other, 'it')` does, without building a collator per comparison.
const italian = new Intl.Collator('it');

function actionRows(input: PartnerExportInput, projectNames: Map<string, string>): ExportRow[] {
  return input.actions
    .filter(
      (action) =>
        action.networkId === input.network.id &&
        action.ownerOrganizationId === input.partner.id &&
        action.archivedAt === null,
    )
    .sort(
      (first, second) =>
        statusOrder.indexOf(first.status) - statusOrder.indexOf(second.status) ||
        (first.dueDate ?? '9999').localeCompare(second.dueDate ?? '9999') ||
        italian.compare(first.title, second.title),
    )
    .map((action) =>
      exportRow('actions', action.id, action.rev, action.title, {
        title: action.title,
        project: action.projectId ? (projectNames.get(action.projectId) ?? '') : '',
        dueDate: action.dueDate,
        status: action.status,
        progress: action.progress,
        proposedDueDate: null,
        note: '',
      }),
    );
}

const closedStatuses: readonly string[] = ['completata', 'annullata'];

/** The open actions the partner supports but does not own: it may write a note on them. */
function supportedActionRows(
  input: PartnerExportInput,
  projectNames: Map<string, string>,
): ExportRow[] {
  return input.actions
    .filter(
      (action) =>
        action.networkId === input.network.id &&
        action.ownerOrganizationId !== input.partner.id &&
        action.supportingOrganizationIds.includes(input.partner.id) &&
        action.archivedAt === null &&
        !closedStatuses.includes(action.status),
    )
    .sort(
      (first, second) =>
        (first.dueDate ?? '9999').localeCompare(second.dueDate ?? '9999') ||
        italian.compare(first.title, second.title),
    )
    .map((action) =>
      exportRow('supportedActions', action.id, action.rev, action.title, {
        title: action.title,
        owner: input.organizationNames?.get(action.ownerOrganizationId ?? '') ?? '',
        project: action.projectId ? (projectNames.get(action.projectId) ?? '') : '',
        dueDate: action.dueDate,
        status: action.status,
        progress: action.progress,
        note: '',
      }),
    );
}

function contactRows(input: PartnerExportInput): ExportRow[] {
  return input.contacts
    .filter((contact) => contact.organizationId === input.partner.id && contact.archivedAt === null)
    .sort((first, second) => italian.compare(first.lastName, second.lastName))
    .map((contact) =>
      exportRow(
        'contacts',
        contact.id,
        contact.rev,
        `${contact.firstName} ${contact.lastName}`.trim(),
        {
          lastName: contact.lastName,
          firstName: contact.firstName,
          role: contact.role,
          email: contact.email,
          phone: contact.phone,
        },
      ),
    );
}

/** The partner's own organization, one row: the ways to reach it that the partner may correct. */
function organizationRows(input: PartnerExportInput): ExportRow[] {
  const { partner } = input;
  return [
    exportRow('organization', partner.id, partner.rev, partner.name, {
      name: partner.name,
      pec: partner.pec,
      email: partner.email,
      phone: partner.phone,
      address: partner.address,
    }),
  ];
}

/** The network's live projects the partner leads or takes part in. */
export function partnerProjectsOf(
  projects: readonly Project[],
  networkId: string,
  partnerId: string,
): Project[] {
  return projects.filter(
    (project) =>
      project.networkId === networkId &&
      project.archivedAt === null &&
      (project.leadOrganizationId === partnerId ||
        project.partners.some((partner) => partner.organizationId === partnerId)),
  );
}

/** The funding sources an expense of a project may name: its sources and its co-financing. */
export function expenseSourcesOf(project: Project): string[] {
  return [
    ...new Set([
      ...project.fundingSources.map((source) => source.name),
      ...project.cofinancingSources,
    ]),
  ];
}

function expenseChoicesOf(input: PartnerExportInput): PartnerBase['expenseChoices'] {
  const projects = partnerProjectsOf(input.projects, input.network.id, input.partner.id).sort(
    (first, second) => italian.compare(first.title, second.title),
  );
  const unique = (values: string[]): string[] => [...new Set(values)];
  return {
    projects: projects.map((project) => project.title),
    costItems: unique(projects.flatMap((project) => project.costItems.map((item) => item.name))),
    sources: unique(projects.flatMap(expenseSourcesOf)),
  };
}

const numberText = new Intl.NumberFormat('it', { maximumFractionDigits: 2 });

/** The partner's latest value before a period, as «8 (4° trimestre 2025)»; empty when none. */
function lastValueText(values: readonly IndicatorValue[], before: string): string {
  const earlier = values
    .filter((value) => comparePeriods(value.period, before) < 0)
    .sort((first, second) => comparePeriods(second.period, first.period));
  const last = earlier[0];
  if (!last) return '';
  return translate('it', 'exchange.lastValue', {
    value: numberText.format(last.value),
    period: periodText(last.period),
  });
}

/** The indicator rows of an export, and the periods they report for (not the late ones). */
function indicatorRows(
  input: PartnerExportInput,
  reportingQuarter: string,
): { rows: ExportRow[]; periods: Set<string> } {
  const partnerId = input.partner.id;
  const projects = new Map(
    input.projects
      .filter(
        (project) =>
          project.networkId === input.network.id &&
          project.archivedAt === null &&
          (project.leadOrganizationId === partnerId ||
            project.partners.some((partner) => partner.organizationId === partnerId)),
      )
      .map((project) => [project.id, project]),
  );
  const partnerValues = input.indicatorValues.filter(
    (value) => value.organizationId === partnerId && value.archivedAt === null,
  );
  const current: ExportRow[] = [];
  const late: ExportRow[] = [];
  const periods = new Set<string>();
  for (const indicator of input.indicators) {
    const project = projects.get(indicator.projectId);
    if (!project || indicator.archivedAt !== null) continue;
    const own = partnerValues.filter((value) => value.indicatorId === indicator.id);
    const row = (period: string, label: string): ExportRow => {
      const existing = own.find((value) => value.period === period);
      return exportRow(
        'indicators',
        indicator.id,
        existing?.rev ?? null,
        label,
        {
          project: project.title,
          indicator: indicator.name,
          unit: indicator.unit,
          target: indicator.target,
          period,
          value: existing?.value ?? null,
          note: existing?.note ?? '',
          targetShare: partnerTargetOf(project, indicator, partnerId)?.target ?? null,
          lastValue: lastValueText(own, period),
        },
        existing?.id ?? null,
      );
    };
    const period = reportingPeriodOf(indicator.periodicity, reportingQuarter);
    current.push(row(period, indicator.name));
    periods.add(period);
    const reported = new Set(own.map((value) => value.period));
    for (const earlier of lateOpenPeriods(
      indicator.periodicity,
      period,
      project.periodFrom,
      reported,
    )) {
      const label = translate('it', 'exchange.lateRow', {
        indicator: indicator.name,
        period: periodText(earlier),
      });
      late.push(row(earlier, label));
    }
  }
  // The reporting period's rows first, where a partner expects them; the late ones below.
  return { rows: [...current, ...late], periods };
}

/**
 * What one partner's workbook holds and what Regia keeps of it: only that partner's actions,
 * contacts and indicators for the reporting period and the earlier periods still open, each
 * row with its hash.
 */
export function buildPartnerBase(input: PartnerExportInput): PartnerBase {
  const projectNames = new Map(input.projects.map((project) => [project.id, project.title]));
  const indicators = indicatorRows(input, input.reportingPeriod ?? lastClosedQuarter(input.today));
  return {
    formatVersion: partnerFormatVersion,
    batchId: input.batchId,
    networkId: input.network.id,
    networkName: input.network.name,
    partnerId: input.partner.id,
    partnerName: input.partner.name,
    exportedAt: input.exportedAt,
    returnBy: input.returnBy,
    period: [...indicators.periods].sort(comparePeriods).map(periodText).join(', '),
    sheets: {
      actions: actionRows(input, projectNames),
      contacts: contactRows(input),
      indicators: indicators.rows,
      supportedActions: supportedActionRows(input, projectNames),
      organization: organizationRows(input),
      expenses: [],
    },
    expenseChoices: expenseChoicesOf(input),
  };
}

/** Whether an export for this partner would hold anything at all besides its own organization. */
export function hasExportRows(base: PartnerBase): boolean {
  return (
    base.expenseChoices.projects.length > 0 ||
    dataSheetKeys.some((sheet) => sheet !== 'organization' && base.sheets[sheet].length > 0)
  );
}
