import type {
  Action,
  Contact,
  Indicator,
  IndicatorValue,
  Network,
  Organization,
  Project,
} from '../domain';
import { partnerFormatVersion } from './partnerFormat';
import { rowHash, type BaseValue, type ExportRow, type PartnerBase } from './partnerBase';

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
  /** Today as `yyyy-MM-dd`: it decides the current period of the indicators. */
  today: string;
};

/** The period an indicator reports for on a day: `2026-Q1`, `2026-03` or `2026`. */
export function currentPeriod(periodicity: Indicator['periodicity'], today: string): string {
  const year = today.slice(0, 4);
  const month = Number(today.slice(5, 7));
  if (periodicity === 'mese') return `${year}-${today.slice(5, 7)}`;
  if (periodicity === 'anno') return year;
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

function exportRow(
  sheet: 'actions' | 'contacts' | 'indicators',
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

function indicatorRows(input: PartnerExportInput): ExportRow[] {
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
  return input.indicators
    .filter((indicator) => projects.has(indicator.projectId) && indicator.archivedAt === null)
    .map((indicator) => {
      const period = currentPeriod(indicator.periodicity, input.today);
      const existing = input.indicatorValues.find(
        (value) =>
          value.indicatorId === indicator.id &&
          value.organizationId === partnerId &&
          value.period === period &&
          value.archivedAt === null,
      );
      return exportRow(
        'indicators',
        indicator.id,
        existing?.rev ?? null,
        indicator.name,
        {
          project: projects.get(indicator.projectId)?.title ?? '',
          indicator: indicator.name,
          unit: indicator.unit,
          target: indicator.target,
          period,
          value: existing?.value ?? null,
          note: existing?.note ?? '',
        },
        existing?.id ?? null,
      );
    });
}

/**
 * What one partner's workbook holds and what Regia keeps of it: only that partner's actions,
 * contacts and indicators for the current period, each row with its hash.
 */
export function buildPartnerBase(input: PartnerExportInput): PartnerBase {
  const projectNames = new Map(input.projects.map((project) => [project.id, project.title]));
  const indicators = indicatorRows(input);
  return {
    formatVersion: partnerFormatVersion,
    batchId: input.batchId,
    networkId: input.network.id,
    networkName: input.network.name,
    partnerId: input.partner.id,
    partnerName: input.partner.name,
    exportedAt: input.exportedAt,
    returnBy: input.returnBy,
    period: [...new Set(indicators.map((row) => String(row.values.period)))].join(', '),
    sheets: { actions: actionRows(input, projectNames), contacts: contactRows(input), indicators },
  };
}

/** Whether an export for this partner would hold anything at all. */
export function hasExportRows(base: PartnerBase): boolean {
  return (
    base.sheets.actions.length + base.sheets.contacts.length + base.sheets.indicators.length > 0
  );
}
