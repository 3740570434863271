import {
  membershipRoles,
  organizationTypes,
  type AuditEntry,
  type Network,
} from '../../../../shared/domain';
import type { MessageKey } from '../../../../shared/i18n';
import type { Translate } from '../../../app/RegiaContext';
import { formatDate, formatDateTime } from '../../../app/formatting';
import type { Locale } from '../../../../shared/i18n';

const labelledFields = [
  'name',
  'type',
  'taxCode',
  'vatNumber',
  'comune',
  'provincia',
  'address',
  'email',
  'pec',
  'phone',
  'website',
  'areasOfWork',
  'notes',
  'archivedAt',
  'firstName',
  'lastName',
  'role',
  'organizationId',
  'networkId',
  'votingRight',
  'from',
  'to',
  'representativeContactIds',
  'delegateContactIds',
] as const;
type LabelledField = (typeof labelledFields)[number];

function isLabelledField(field: string): field is LabelledField {
  return labelledFields.some((known) => known === field);
}

/** The name of a field as the history shows it. */
export function historyFieldLabel(t: Translate, field: string): string {
  return isLabelledField(field) ? t(`roster.field.${field}`) : field;
}

/** What the history needs to turn stored values into words. */
export type HistoryValueContext = {
  t: Translate;
  locale: Locale;
  table: AuditEntry['table'];
  networks: Map<string, Network>;
  organizationNames: Map<string, string>;
  contactNames: Map<string, string>;
};

function isOrganizationType(value: unknown): value is (typeof organizationTypes)[number] {
  return organizationTypes.some((type) => type === value);
}

function isMembershipRole(value: unknown): value is (typeof membershipRoles)[number] {
  return membershipRoles.some((role) => role === value);
}

/** A stored value as a person reads it: names for ids, labels for codes, dates in words. */
export function historyValue(context: HistoryValueContext, field: string, value: unknown): string {
  const { t, locale } = context;
  const empty = t('roster.history.empty.value');
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'boolean') return value ? t('roster.yes') : t('roster.no');
  if (field === 'type' && isOrganizationType(value)) return t(`enum.organizationType.${value}`);
  if (field === 'role' && context.table === 'memberships' && isMembershipRole(value)) {
    const key: MessageKey = `enum.membershipRole.${value}`;
    return t(key);
  }
  if (typeof value === 'string') {
    if (field === 'archivedAt') return formatDateTime(locale, value);
    if (field === 'from' || field === 'to') return formatDate(locale, value, 'd MMM yyyy');
    if (field === 'organizationId') return context.organizationNames.get(value) ?? value;
    if (field === 'networkId') return context.networks.get(value)?.name ?? value;
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return empty;
    const names = field.endsWith('ContactIds') ? context.contactNames : null;
    return value.map((item) => names?.get(String(item)) ?? String(item)).join(', ');
  }
  return JSON.stringify(value);
}
