import { searchWordsOf } from './searchWords';

type OrganizationSearchFields = {
  name: string;
  comune: string;
  provincia: string;
  taxCode: string;
  vatNumber: string;
  email: string;
  pec: string;
};

type ContactSearchFields = { firstName: string; lastName: string; email: string; role: string };

/** The words an organization is found by in the roster search. */
export function organizationSearchWords(organization: OrganizationSearchFields): string[] {
  return searchWordsOf([
    organization.name,
    organization.comune,
    organization.provincia,
    organization.taxCode,
    organization.vatNumber,
    organization.email,
    organization.pec,
  ]);
}

/** The words a contact is found by in the roster search. */
export function contactSearchWords(contact: ContactSearchFields): string[] {
  return searchWordsOf([contact.firstName, contact.lastName, contact.email, contact.role]);
}
