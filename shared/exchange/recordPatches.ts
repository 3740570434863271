import {
  actionStatuses,
  type Action,
  type ActionStatus,
  type Contact,
  type IndicatorValue,
  type Organization,
} from '../domain';
import type { BaseValue } from './partnerBase';

/** The fields an import may change on each table, by table. */
export type ActionFields = Partial<Pick<Action, 'status' | 'progress' | 'dueDate'>>;
export type ContactFields = Partial<
  Pick<Contact, 'lastName' | 'firstName' | 'role' | 'email' | 'phone'>
>;
export type IndicatorValueFields = Partial<Pick<IndicatorValue, 'value' | 'note'>>;
export type OrganizationFields = Partial<Pick<Organization, 'pec' | 'email' | 'phone' | 'address'>>;

function isStatus(value: BaseValue): value is ActionStatus {
  return actionStatuses.some((status) => status === value);
}

function unexpected(table: string, field: string): Error {
  return new Error(`Valore non valido per ${table}.${field}`);
}

/** Field values (from a plan or an undo) as a typed patch of an action; anything else is refused. */
export function actionPatch(values: ReadonlyMap<string, BaseValue>): ActionFields {
  const patch: ActionFields = {};
  for (const [field, value] of values) {
    if (field === 'status' && isStatus(value)) patch.status = value;
    else if (field === 'progress' && typeof value === 'number') patch.progress = value;
    else if (field === 'dueDate' && (typeof value === 'string' || value === null))
      patch.dueDate = value;
    else throw unexpected('actions', field);
  }
  return patch;
}

const contactTextFields = ['lastName', 'firstName', 'role', 'email', 'phone'] as const;

/** Field values as a typed patch of a contact. */
export function contactPatch(values: ReadonlyMap<string, BaseValue>): ContactFields {
  const patch: ContactFields = {};
  for (const [field, value] of values) {
    const known = contactTextFields.find((candidate) => candidate === field);
    if (!known) throw unexpected('contacts', field);
    patch[known] = value === null ? '' : String(value);
  }
  return patch;
}

/** Field values as a typed patch of an indicator value. */
export function indicatorValuePatch(values: ReadonlyMap<string, BaseValue>): IndicatorValueFields {
  const patch: IndicatorValueFields = {};
  for (const [field, value] of values) {
    if (field === 'value' && typeof value === 'number') patch.value = value;
    else if (field === 'note') patch.note = value === null ? '' : String(value);
    else throw unexpected('indicatorValues', field);
  }
  return patch;
}

const organizationTextFields = ['pec', 'email', 'phone', 'address'] as const;

/** Field values as a typed patch of an organization: only the ways to reach it. */
export function organizationPatch(values: ReadonlyMap<string, BaseValue>): OrganizationFields {
  const patch: OrganizationFields = {};
  for (const [field, value] of values) {
    const known = organizationTextFields.find((candidate) => candidate === field);
    if (!known) throw unexpected('organizations', field);
    patch[known] = value === null ? '' : String(value);
  }
  return patch;
}

/** A field of a stored record as the merge compares it. */
export function fieldValueOf(record: object, field: string): BaseValue {
  const value: unknown = Object.hasOwn(record, field) ? Reflect.get(record, field) : null;
  return typeof value === 'string' || typeof value === 'number' || value === null ? value : null;
}
