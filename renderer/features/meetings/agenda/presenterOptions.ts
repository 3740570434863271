import { contactFullName } from '../../../../shared/meetings';
import type { AgendaItemValues } from './agendaWrites';
import type { NetworkDirectory } from './useNetworkDirectory';

type PresenterGroup = { group: string; items: { value: string; label: string }[] };

/** The presenters to choose from: each member organization, then its referenti, grouped by member. */
export function presenterOptions(directory: NetworkDirectory): PresenterGroup[] {
  const contacts = [...directory.contacts.values()];
  return [...directory.organizations.values()]
    .toSorted((a, b) => a.name.localeCompare(b.name, 'it'))
    .map((organization) => ({
      group: organization.name,
      items: [
        { value: `organization:${organization.id}`, label: organization.name },
        ...contacts
          .filter((contact) => contact.organizationId === organization.id)
          .map((contact) => ({
            value: `contact:${contact.id}`,
            label: `${contactFullName(contact)} (${organization.name})`,
          })),
      ],
    }));
}

/** The select value of an item's presenter. */
export function presenterValue(
  values: Pick<AgendaItemValues, 'presenterContactId' | 'presenterOrganizationId'>,
): string | null {
  if (values.presenterContactId) return `contact:${values.presenterContactId}`;
  if (values.presenterOrganizationId) return `organization:${values.presenterOrganizationId}`;
  return null;
}

/** The presenter fields of a select value. */
export function presenterFields(
  directory: NetworkDirectory,
  value: string | null,
): Pick<AgendaItemValues, 'presenterContactId' | 'presenterOrganizationId'> {
  const [kind, id = ''] = (value ?? '').split(':');
  if (kind === 'contact') {
    const contact = directory.contacts.get(id);
    return { presenterContactId: id, presenterOrganizationId: contact?.organizationId ?? null };
  }
  if (kind === 'organization') return { presenterContactId: null, presenterOrganizationId: id };
  return { presenterContactId: null, presenterOrganizationId: null };
}
