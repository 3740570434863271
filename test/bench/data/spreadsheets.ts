import { translate } from '../../../shared/i18n';
import type { DemoDataset } from '../../../shared/demo';
import { at } from './builder';

/** A spreadsheet as rows of cells, the header first. */
export type SheetRows = (string | number | Date | null)[][];

/** Columns of the partner workbook's actions sheet: the 12 columns a partner fills in. */
export const partnerColumns = [
  'ID',
  'Revisione',
  'Titolo',
  'Stato',
  'Avanzamento %',
  'Scadenza',
  'Nota',
  'Ente responsabile',
  'Referente',
  'Priorità',
  'Progetto',
  'Etichette',
] as const;

/** Columns of the roster workbook. */
export const rosterColumns = [
  'Denominazione',
  'Tipo',
  'Codice fiscale',
  'Partita IVA',
  'Comune',
  'Provincia',
  'Indirizzo',
  'Email',
  'PEC',
  'Telefono',
  'Ruolo nella rete',
  'Referente',
] as const;

function localDate(isoDate: string | null): Date | null {
  if (isoDate === null) return null;
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(year, month - 1, day);
}

/**
 * The partner workbook's rows: the first `count` actions of the network, as a partner returns
 * them (every tenth with a note), with dates as real date cells.
 */
export function partnerWorkbookRows(
  dataset: DemoDataset,
  networkId: string,
  count: number,
): SheetRows {
  const organizationNames = new Map(dataset.organizations.map((row) => [row.id, row.name]));
  const contactNames = new Map(
    dataset.contacts.map((row) => [row.id, `${row.firstName} ${row.lastName}`]),
  );
  const projectCodes = new Map(dataset.projects.map((row) => [row.id, row.code]));
  const actions = dataset.actions.filter((action) => action.networkId === networkId);
  if (actions.length < count) {
    throw new Error(
      `Benchmark data: ${count} rows wanted, the network has ${actions.length} actions.`,
    );
  }
  const rows: SheetRows = [[...partnerColumns]];
  for (let index = 0; index < count; index += 1) {
    const action = at(actions, index, 'action');
    rows.push([
      action.id,
      action.rev,
      action.title,
      translate('it', `enum.actionStatus.${action.status}`),
      action.progress,
      localDate(action.dueDate),
      index % 10 === 0 ? 'Aggiornato dal partner: attività in linea con il piano.' : '',
      organizationNames.get(action.ownerOrganizationId ?? '') ?? '',
      contactNames.get(action.ownerContactId ?? '') ?? '',
      translate('it', `enum.actionPriority.${action.priority}`),
      projectCodes.get(action.projectId ?? '') ?? '',
      action.tags.join(', '),
    ]);
  }
  return rows;
}

/** The roster workbook's rows: the first `count` members of the network with their representative. */
export function rosterWorkbookRows(
  dataset: DemoDataset,
  networkId: string,
  count: number,
): SheetRows {
  const organizations = new Map(dataset.organizations.map((row) => [row.id, row]));
  const contacts = new Map(dataset.contacts.map((row) => [row.id, row]));
  const memberships = dataset.memberships.filter((row) => row.networkId === networkId);
  if (memberships.length < count) {
    throw new Error(
      `Benchmark data: ${count} rows wanted, the network has ${memberships.length} members.`,
    );
  }
  const rows: SheetRows = [[...rosterColumns]];
  for (const membership of memberships.slice(0, count)) {
    const organization = organizations.get(membership.organizationId);
    if (!organization)
      throw new Error(`Benchmark data: member ${membership.organizationId} is missing.`);
    const representative = contacts.get(membership.representativeContactIds[0] ?? '');
    rows.push([
      organization.name,
      translate('it', `enum.organizationType.${organization.type}`),
      organization.taxCode,
      organization.vatNumber,
      organization.comune,
      organization.provincia,
      organization.address,
      organization.email,
      organization.pec,
      organization.phone,
      translate('it', `enum.membershipRole.${membership.role}`),
      representative ? `${representative.firstName} ${representative.lastName}` : '',
    ]);
  }
  return rows;
}
