import { compareText } from '../../../shared/actions';
import type { Organization } from '../../../shared/domain';
import { contactFullName } from '../../../shared/roster';
import type { Translate } from '../../app/RegiaContext';
import type { RegiaDatabase } from '../../db';

/** A choice of a select: an id and what the user reads. */
export type Choice = { value: string; label: string };

/** What the action views name and offer for one network, but the tags. */
export type NetworkLookups = {
  organizations: Choice[];
  projects: Choice[];
  meetings: Choice[];
  contactsByOrganization: ReadonlyMap<string, Choice[]>;
  /** Every name above by id: organizations, projects, meetings and contacts. */
  names: ReadonlyMap<string, string>;
};

const byLabel = (first: Choice, second: Choice): number => compareText(first.label, second.label);

/**
 * Organizations by id, in the order of `ids`. A large network's members are most of the stored
 * organizations: one read of the whole table then costs far less than a lookup per id.
 */
export async function readOrganizationsByIds(
  db: RegiaDatabase,
  ids: readonly string[],
): Promise<(Organization | undefined)[]> {
  if (ids.length < 200 || ids.length * 2 < (await db.organizations.count())) {
    return db.organizations.bulkGet([...ids]);
  }
  const byId = new Map((await db.organizations.toArray()).map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id));
}

/**
 * Reads the members, projects and meetings of a network, and the members' contacts when
 * `withContacts`, as the choices and names of the action views.
 */
export async function readActionLookups(
  db: RegiaDatabase,
  networkId: string,
  t: Translate,
  withContacts: boolean,
): Promise<NetworkLookups> {
  const memberships = await db.memberships.where('networkId').equals(networkId).toArray();
  const organizationIds = memberships.map((membership) => membership.organizationId);
  const [organizations, contacts, projects, meetings] = await Promise.all([
    readOrganizationsByIds(db, organizationIds),
    withContacts ? db.contacts.where('organizationId').anyOf(organizationIds).toArray() : [],
    db.projects.where('networkId').equals(networkId).toArray(),
    db.meetings
      .where('[networkId+date]')
      .between([networkId, ''], [networkId, '\uffff'])
      .reverse()
      .toArray(),
  ]);
  const organizationChoices = organizations
    .flatMap((organization) =>
      organization && !organization.archivedAt
        ? [{ value: organization.id, label: organization.name }]
        : [],
    )
    .sort(byLabel);
  const contactsByOrganization = new Map<string, Choice[]>();
  for (const contact of contacts) {
    if (contact.archivedAt) continue;
    const choices = contactsByOrganization.get(contact.organizationId) ?? [];
    choices.push({ value: contact.id, label: contactFullName(contact) });
    contactsByOrganization.set(contact.organizationId, choices);
  }
  for (const choices of contactsByOrganization.values()) choices.sort(byLabel);
  const projectChoices = projects
    .filter((project) => !project.archivedAt)
    .map((project) => ({ value: project.id, label: project.title }))
    .sort(byLabel);
  const meetingChoices = meetings
    .filter((meeting) => !meeting.archivedAt)
    .map((meeting) => ({
      value: meeting.id,
      label: t('meetings.number', { number: meeting.number, year: meeting.year }),
    }));
  const names = new Map<string, string>();
  for (const choice of [...organizationChoices, ...projectChoices, ...meetingChoices]) {
    names.set(choice.value, choice.label);
  }
  for (const contact of contacts) names.set(contact.id, contactFullName(contact));
  return {
    organizations: organizationChoices,
    projects: projectChoices,
    meetings: meetingChoices,
    contactsByOrganization,
    names,
  };
}
