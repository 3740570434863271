import { membershipRoles, organizationTypes, relationshipKinds } from '../domain';
import type { MembershipRole, OrganizationType, RelationshipKind } from '../domain';
import { locales, translate, type MessageKey } from '../i18n';
import { normalizeForSearch } from '../search';

const folded = (text: string): string => normalizeForSearch(text).replace(/\s+/g, ' ').trim();

function lookupOf<T extends string>(values: readonly T[], keyOf: (value: T) => MessageKey) {
  const byText = new Map<string, T>();
  for (const value of values) {
    byText.set(folded(value), value);
    for (const locale of locales) byText.set(folded(translate(locale, keyOf(value))), value);
  }
  return (text: string): T | undefined => byText.get(folded(text));
}

/** An organization type from its code or its label in either language. */
export const organizationTypeOf = lookupOf(
  organizationTypes,
  (type): MessageKey => `enum.organizationType.${type}`,
) satisfies (text: string) => OrganizationType | undefined;

/** A relationship kind from its code or its label in either language. */
export const relationshipKindOf = lookupOf(
  relationshipKinds,
  (kind): MessageKey => `enum.relationshipKind.${kind}`,
) satisfies (text: string) => RelationshipKind | undefined;

/** A membership role from its code or its label in either language. */
export const membershipRoleOf = lookupOf(
  membershipRoles,
  (role): MessageKey => `enum.membershipRole.${role}`,
) satisfies (text: string) => MembershipRole | undefined;

/** Names compared the way a person would: without case, accents or extra spaces. */
export const sameName = (a: string, b: string): boolean => folded(a) === folded(b);

/** A name as a lookup key. */
export const nameKey = folded;

const directedWords = new Set([
  'directed',
  'diretta',
  'diretto',
  'orientata',
  'con verso',
  'true',
  'si',
  'yes',
  '1',
]);
const undirectedWords = new Set([
  'undirected',
  'mutual',
  'non diretta',
  'non diretto',
  'senza verso',
  'false',
  'no',
  '0',
]);

/** Whether a Direction cell says directed (true), undirected (false) or nothing known (undefined). */
export function directionOf(text: string): boolean | undefined {
  const key = folded(text);
  if (directedWords.has(key)) return true;
  if (undirectedWords.has(key)) return false;
  return undefined;
}
