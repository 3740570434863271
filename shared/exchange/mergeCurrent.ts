import type { CurrentRecords } from './mergeTypes';
import { rowKey, type BaseValue } from './partnerBase';
import type { DataSheetKey } from './partnerFormat';

/** A record of Regia as the merge compares it: whose it is, whether archived, its field values. */
export type Current = {
  exists: boolean;
  ownedByPartner: boolean;
  archived: boolean;
  values: Record<string, BaseValue>;
  /** For an action: the notes already in its timeline from this partner's imports. */
  notes: ReadonlySet<string>;
};

const noNotes: ReadonlySet<string> = new Set();

/** Regia's record a returned row points to (an indicator's, in a period), or null when there is none. */
export function currentOf(
  sheet: DataSheetKey,
  id: string,
  current: CurrentRecords,
  partnerId: string,
  period: BaseValue | undefined = undefined,
): Current | null {
  if (sheet === 'actions' || sheet === 'supportedActions') {
    const action = current.actions.get(id);
    if (!action) return null;
    return {
      exists: true,
      // A supported action is the partner's to write a note on for as long as it supports it.
      ownedByPartner:
        sheet === 'actions'
          ? action.ownerOrganizationId === partnerId
          : action.supportingOrganizationIds.includes(partnerId),
      archived: action.archivedAt !== null,
      values: {
        title: action.title,
        dueDate: action.dueDate,
        status: action.status,
        progress: action.progress,
      },
      notes: current.importedNotes?.get(id) ?? noNotes,
    };
  }
  if (sheet === 'contacts') {
    const contact = current.contacts.get(id);
    if (!contact) return null;
    const { lastName, firstName, role, email, phone } = contact;
    return {
      exists: true,
      ownedByPartner: contact.organizationId === partnerId,
      archived: contact.archivedAt !== null,
      values: { lastName, firstName, role, email, phone },
      notes: noNotes,
    };
  }
  if (sheet === 'organization') {
    const organization = current.organizations?.get(id);
    if (!organization) return null;
    const { name, pec, email, phone, address } = organization;
    return {
      exists: true,
      ownedByPartner: organization.id === partnerId,
      archived: organization.archivedAt !== null,
      values: { name, pec, email, phone, address },
      notes: noNotes,
    };
  }
  const indicator = current.indicators.get(id);
  if (!indicator) return null;
  const value = current.indicatorValues.get(rowKey('indicators', id, period));
  return {
    exists: true,
    ownedByPartner: true,
    archived: indicator.archivedAt !== null,
    values: { indicator: indicator.name, value: value?.value ?? null, note: value?.note ?? '' },
    notes: noNotes,
  };
}

/** The record field a sheet field writes: the proposed due date changes the due date. */
export function recordFieldOf(field: string): string {
  return field === 'proposedDueDate' ? 'dueDate' : field;
}
