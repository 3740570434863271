import { createSeededRandom } from '../domain/ids';
import type { RowOf } from '../domain/tables';
import { partitaIvaCheckDigit } from '../roster/taxCodes';
import { searchWordsOf } from '../search/searchWords';
import { contactSpecs } from './contactSpecs';
import type { DemoContext } from './context';
import { required } from './context';
import type { OrganizationSpec, TaxCodeKind } from './organizationSpecs';

/** Milano's provincial office code, in the 8th–10th digits of a partita IVA. */
const milanoOfficeCode = '015';
/** First digits of plausible, recently assigned company numbers. */
const companyPrefixes = ['08', '09', '10', '11', '12', '13'];

function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function digitsFrom(random: () => number, count: number): string {
  return Array.from({ length: count }, () => String(Math.floor(random() * 10))).join('');
}

/**
 * Invented tax codes with a valid check digit, derived from the organization's name so they do
 * not change with the id seed: a company's codice fiscale equals its partita IVA, an
 * association has a numeric codice fiscale starting with 9 and no partita IVA.
 */
export function fictitiousTaxCodes(
  name: string,
  kind: TaxCodeKind,
): { taxCode: string; vatNumber: string } {
  if (kind === 'none') return { taxCode: '', vatNumber: '' };
  const random = createSeededRandom(hashOf(name));
  const firstTen =
    kind === 'company'
      ? `${companyPrefixes[Math.floor(random() * companyPrefixes.length)] ?? '10'}${digitsFrom(random, 5)}${milanoOfficeCode}`
      : `97${digitsFrom(random, 5)}${milanoOfficeCode}`;
  const code = `${firstTen}${partitaIvaCheckDigit(firstTen)}`;
  return { taxCode: code, vatNumber: kind === 'company' ? code : '' };
}

function mailSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function fictitiousPhone(provincia: string, number: number): string {
  const prefix = provincia === 'RM' ? '06' : '02';
  return `${prefix} 0000 ${String(number).padStart(4, '0')}`;
}

/** Writes the organizations, registering each id under its key. */
export function buildOrganizations(context: DemoContext, specs: OrganizationSpec[]): void {
  for (const spec of specs) {
    const { taxCode, vatNumber } = fictitiousTaxCodes(spec.name, spec.taxCodes);
    const email = spec.mailbox === '' ? '' : `${spec.mailbox}@${spec.domain}`;
    const row: RowOf<'organizations'> = {
      ...context.meta(),
      name: spec.name,
      type: spec.type,
      taxCode,
      vatNumber,
      comune: spec.comune,
      provincia: spec.provincia,
      address: spec.address,
      email,
      pec: spec.pec,
      phone: fictitiousPhone(spec.provincia, context.dataset.organizations.length + 1),
      website: spec.website,
      areasOfWork: spec.areasOfWork,
      notes: spec.notes,
      searchWords: searchWordsOf([
        spec.name,
        spec.comune,
        spec.provincia,
        taxCode,
        vatNumber,
        email,
        spec.pec,
      ]),
    };
    context.organizations.register(spec.key, row.id);
    context.dataset.organizations.push(row);
  }
}

/** Writes every referente whose organization is written, with an address on its domain. */
export function buildContacts(context: DemoContext, organizationSpecs: OrganizationSpec[]): void {
  const specsByKey = new Map(organizationSpecs.map((spec) => [spec.key, spec]));
  for (const spec of contactSpecs) {
    const organization = required(
      specsByKey.get(spec.organization),
      `organization "${spec.organization}"`,
    );
    const email = `${mailSlug(spec.firstName)}.${mailSlug(spec.lastName)}@${organization.domain}`;
    const row: RowOf<'contacts'> = {
      ...context.meta(),
      organizationId: context.organizations.id(spec.organization),
      firstName: spec.firstName,
      lastName: spec.lastName,
      role: spec.role,
      email,
      phone: fictitiousPhone(organization.provincia, 1000 + context.dataset.contacts.length + 1),
      notes: '',
      searchWords: searchWordsOf([spec.firstName, spec.lastName, email, spec.role]),
    };
    context.contacts.register(spec.key, row.id);
    context.dataset.contacts.push(row);
  }
}

/** The full name of a referente, as the minutes and timelines print it. */
export function contactName(context: DemoContext, contactKey: string): string {
  const id = context.contacts.id(contactKey);
  const contact = required(
    context.dataset.contacts.find((row) => row.id === id),
    `contact "${contactKey}"`,
  );
  return `${contact.firstName} ${contact.lastName}`.trim();
}
