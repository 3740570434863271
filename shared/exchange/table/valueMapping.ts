import {
  membershipRoles,
  organizationTypes,
  type MembershipRole,
  type OrganizationType,
} from '../../domain';
import { locales, translate, type MessageKey } from '../../i18n';
import { cellText, isEmptyCell } from '../cellValues';
import type { GridSheet } from '../grid';
import { foldHeader, type TableField } from './tableFields';

/** The columns whose values stand for one of Regia's fixed lists. */
export const mappedFields = ['organizationType', 'membershipRole'] as const;
export type MappedField = (typeof mappedFields)[number];

/** How sure Regia is of a value it proposes: the list's own label, a telling word, or nothing. */
export type Recognition = 'exact' | 'likely' | 'unknown';

/** A value Regia proposes for a text of the file, and how it found it. */
export type ValueProposal<T extends string> = { value: T; recognition: Recognition };

/** The user's choice for each distinct text of a mapped column, by its folded text. */
export type ValueChoices = {
  organizationType: ReadonlyMap<string, OrganizationType>;
  membershipRole: ReadonlyMap<string, MembershipRole>;
};

/** No choice made yet: every value takes Regia's proposal. */
export const noValueChoices: ValueChoices = {
  organizationType: new Map(),
  membershipRole: new Map(),
};

/** What a value becomes when Regia does not recognise it. */
export const fallbackValues = {
  organizationType: 'altro',
  membershipRole: 'partner',
} as const satisfies { organizationType: OrganizationType; membershipRole: MembershipRole };

/** One distinct text of a mapped column, the rows that hold it and what Regia proposes for it. */
export type FileValue =
  | ({
      field: 'organizationType';
      key: string;
      text: string;
      rowNumbers: number[];
    } & ValueProposal<OrganizationType>)
  | ({
      field: 'membershipRole';
      key: string;
      text: string;
      rowNumbers: number[];
    } & ValueProposal<MembershipRole>);

function exactLookup<T extends string>(
  values: readonly T[],
  keyOf: (value: T) => MessageKey,
): (text: string) => T | undefined {
  const byText = new Map<string, T>();
  for (const value of values) {
    byText.set(foldHeader(value), value);
    for (const locale of locales) byText.set(foldHeader(translate(locale, keyOf(value))), value);
  }
  return (text) => byText.get(foldHeader(text));
}

const exactType = exactLookup(
  organizationTypes,
  (type): MessageKey => `enum.organizationType.${type}`,
);
const exactRole = exactLookup(membershipRoles, (role): MessageKey => `enum.membershipRole.${role}`);

// Words that say what kind of body a type text or a name means, tried in this order. A word that
// could mean two kinds ("fondazione", "azienda speciale", "agenzia formativa") is left out on
// purpose: such a value is shown as not recognised, never guessed.
const typeHints: readonly [RegExp, OrganizationType][] = [
  [/\bunione\b|\bambito\b|\bpiano di zona\b/, 'unioneComuni'],
  [/\bcomune\b/, 'comune'],
  [/\bcitta metropolitana\b/, 'cittaMetropolitana'],
  [/\bregione\b/, 'regione'],
  [/\bministero\b/, 'ministero'],
  [/\basst\b|\bats\b|\basl\b|\bazienda socio sanitaria\b|\btutela della salute\b/, 'atsAsst'],
  [
    /\bafol\b|\bagenzia per il lavoro\b|\bagenzia lavoro\b|\bcentro per l impiego\b/,
    'agenziaLavoro',
  ],
  [/\bcooperativa\b|\bcoop\b/, 'cooperativaSociale'],
  [/\baccreditat|\bente di formazione\b|\bformazione professionale\b/, 'enteAccreditato'],
  [/\bsindacat|\bcgil\b|\bcisl\b|\buil\b/, 'sindacato'],
  [/\bconfcommercio\b|\bassolombarda\b|\bconfartigianato\b|\bdatorial/, 'associazioneDatoriale'],
  [/\bassociazione\b|\bodv\b|\baps\b|\bonlus\b|\bvolontariato\b/, 'associazione'],
  [/\bscuola\b|\buniversita\b|\bistituto\b|\bliceo\b/, 'scuolaUniversita'],
  [/\bsrl\b|\bspa\b|\bs r l\b|\bs p a\b|\bsnc\b|\bimpresa\b/, 'impresa'],
];

const roleHints: readonly [RegExp, MembershipRole][] = [
  [/\bcapofila\b|\blead\b/, 'capofila'],
  [/\bcoordinament|\bcoordinat/, 'coordinamento'],
  [/\baderent|\badesione\b/, 'aderente'],
  [/\bosservator|\bobserver\b/, 'osservatore'],
  [/\bpartner\b/, 'partner'],
];

function hinted<T extends string>(hints: readonly [RegExp, T][], text: string): T | undefined {
  const folded = foldHeader(text);
  return hints.find(([pattern]) => pattern.test(folded))?.[1];
}

/** The organization type Regia proposes for a type text of the file. */
export function proposeOrganizationType(text: string): ValueProposal<OrganizationType> {
  const exact = exactType(text);
  if (exact) return { value: exact, recognition: 'exact' };
  const likely = hinted(typeHints, text);
  if (likely) return { value: likely, recognition: 'likely' };
  return { value: fallbackValues.organizationType, recognition: 'unknown' };
}

/** The role in the network Regia proposes for a role text of the file. */
export function proposeMembershipRole(text: string): ValueProposal<MembershipRole> {
  const exact = exactRole(text);
  if (exact) return { value: exact, recognition: 'exact' };
  const likely = hinted(roleHints, text);
  if (likely) return { value: likely, recognition: 'likely' };
  return { value: fallbackValues.membershipRole, recognition: 'unknown' };
}

/** The type a name tells when the file gives none ("Comune di Segrate"), else `altro`. */
export function organizationTypeFromName(name: string): OrganizationType {
  return hinted(typeHints, name) ?? fallbackValues.organizationType;
}

/** The organization type of a type text: the user's choice, else Regia's proposal. */
export function chosenOrganizationType(text: string, choices: ValueChoices): OrganizationType {
  return choices.organizationType.get(foldHeader(text)) ?? proposeOrganizationType(text).value;
}

/** The role in the network of a role text: the user's choice, else Regia's proposal. */
export function chosenMembershipRole(text: string, choices: ValueChoices): MembershipRole {
  return choices.membershipRole.get(foldHeader(text)) ?? proposeMembershipRole(text).value;
}

/**
 * Every distinct text of the type and role columns (compared without case, accents or extra
 * spaces), in the order met, with the rows holding it and Regia's proposal, so that the person
 * sees how each one will be imported and can change it. The header is the sheet's first
 * non-empty row, as for reading the rows.
 */
export function listFileValues(
  sheet: GridSheet,
  mapping: readonly (TableField | null)[],
): FileValue[] {
  const headerIndex = sheet.rows.findIndex((row) => row.some((cell) => !isEmptyCell(cell)));
  const found = new Map<string, FileValue>();
  for (const field of mappedFields) {
    const column = mapping.indexOf(field);
    if (column < 0) continue;
    sheet.rows.forEach((row, index) => {
      if (index <= headerIndex) return;
      const text = cellText(row[column] ?? null).trim();
      const key = foldHeader(text);
      if (key === '') return;
      const seen = found.get(`${field}|${key}`);
      if (seen) {
        seen.rowNumbers.push(index + 1);
        return;
      }
      const value: FileValue =
        field === 'organizationType'
          ? { field, key, text, rowNumbers: [index + 1], ...proposeOrganizationType(text) }
          : { field, key, text, rowNumbers: [index + 1], ...proposeMembershipRole(text) };
      found.set(`${field}|${key}`, value);
    });
  }
  return [...found.values()];
}
