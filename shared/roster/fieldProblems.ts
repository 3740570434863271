import {
  isValidEmail,
  isValidPhone,
  isValidProvinciaSigla,
  isValidWebsite,
} from './contactDetails';
import { isValidCodiceFiscale, isValidPartitaIva } from './taxCodes';

/** Why a field of the roster forms is not accepted; the UI turns each into a sentence. */
export type FieldProblem =
  | 'required'
  | 'invalidTaxCode'
  | 'invalidVatNumber'
  | 'invalidEmail'
  | 'invalidPec'
  | 'invalidPhone'
  | 'invalidWebsite'
  | 'invalidProvincia'
  | 'endBeforeStart';

/** The fields of an organization the user types. */
export type OrganizationFields = {
  name: string;
  taxCode: string;
  vatNumber: string;
  provincia: string;
  email: string;
  pec: string;
  phone: string;
  website: string;
};

/** The fields of a contact the user types. */
export type ContactFields = { lastName: string; email: string; phone: string };

/** The period of a membership. */
export type MembershipPeriod = { from: string | null; to: string | null };

/** The problems of some fields, by field name; a field without a problem is absent. */
export type FieldProblems<Field extends string> = Partial<Record<Field, FieldProblem>>;

function checkOptional(
  value: string,
  isValid: (value: string) => boolean,
  problem: FieldProblem,
): FieldProblem | null {
  return value.trim() === '' || isValid(value) ? null : problem;
}

function collect<Field extends string>(
  checks: Record<Field, FieldProblem | null>,
): FieldProblems<Field> {
  const problems: FieldProblems<Field> = {};
  for (const field in checks) {
    const problem = checks[field];
    if (problem) problems[field] = problem;
  }
  return problems;
}

/** What is wrong with an organization's fields: empty name, bad codes, addresses or provincia. */
export function organizationFieldProblems(
  fields: OrganizationFields,
): FieldProblems<keyof OrganizationFields> {
  return collect<keyof OrganizationFields>({
    name: fields.name.trim() === '' ? 'required' : null,
    taxCode: checkOptional(fields.taxCode, isValidCodiceFiscale, 'invalidTaxCode'),
    vatNumber: checkOptional(fields.vatNumber, isValidPartitaIva, 'invalidVatNumber'),
    provincia: checkOptional(
      fields.provincia.trim().toUpperCase(),
      isValidProvinciaSigla,
      'invalidProvincia',
    ),
    email: checkOptional(fields.email, isValidEmail, 'invalidEmail'),
    pec: checkOptional(fields.pec, isValidEmail, 'invalidPec'),
    phone: checkOptional(fields.phone, isValidPhone, 'invalidPhone'),
    website: checkOptional(fields.website, isValidWebsite, 'invalidWebsite'),
  });
}

/** What is wrong with a contact's fields: no surname, a bad e-mail address or phone number. */
export function contactFieldProblems(fields: ContactFields): FieldProblems<keyof ContactFields> {
  return collect<keyof ContactFields>({
    lastName: fields.lastName.trim() === '' ? 'required' : null,
    email: checkOptional(fields.email, isValidEmail, 'invalidEmail'),
    phone: checkOptional(fields.phone, isValidPhone, 'invalidPhone'),
  });
}

/** What is wrong with a membership's period: an end before its start. */
export function membershipPeriodProblems(period: MembershipPeriod): FieldProblems<'to'> {
  return collect<'to'>({
    to: period.from && period.to && period.to < period.from ? 'endBeforeStart' : null,
  });
}

/** Codes as stored: no spaces, capital letters, so that equal codes compare equal. */
export function normalizeTaxCode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}
