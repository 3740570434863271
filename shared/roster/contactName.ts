import type { Contact } from '../domain';

/**
 * A contact's full name as Regia shows and writes it everywhere: first name, then last name,
 * each trimmed, an empty part left out (so never a stray space).
 */
export function contactFullName(contact: Pick<Contact, 'firstName' | 'lastName'>): string {
  return [contact.firstName, contact.lastName]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
}
