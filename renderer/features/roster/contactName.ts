import type { Contact } from '../../../shared/domain';

/** A contact's full name, first name first. */
export function contactName(contact: Pick<Contact, 'firstName' | 'lastName'>): string {
  return [contact.firstName, contact.lastName].filter((part) => part.trim()).join(' ');
}
