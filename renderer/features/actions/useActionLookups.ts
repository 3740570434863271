import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { compareText } from '../../../shared/actions';
import type { TableName } from '../../../shared/domain';
import { contactFullName } from '../../../shared/roster';
import { useRegia } from '../../app/RegiaContext';
import type { Translate } from '../../app/RegiaContext';
import { useTableQuery } from './useTableQuery';

const lookupTables: readonly TableName[] = [
  'memberships',
  'organizations',
  'contacts',
  'projects',
  'meetings',
];

/** How many organizations a select lists at once: large networks have thousands, typing narrows. */
export const organizationChoiceLimit = 200;

/** A choice of a select: an id and what the user reads. */
export type Choice = { value: string; label: string };

/** Names and choices the action views need for one network. */
export type ActionLookups = {
  organizations: Choice[];
  projects: Choice[];
  meetings: Choice[];
  tags: string[];
  contactsByOrganization: ReadonlyMap<string, Choice[]>;
  /** Every name above by id: organizations, projects, meetings and contacts. */
  names: ReadonlyMap<string, string>;
};

const byLabel = (first: Choice, second: Choice): number => compareText(first.label, second.label);

/** What to read besides the members, projects, meetings and tags. */
export type LookupOptions = {
  /** The members' contacts, which only the forms offer: a large network has tens of thousands. */
  contacts?: boolean;
};

/**
 * Reads the members, contacts, projects, meetings and tags of a network; undefined while loading.
 * Without `contacts`, no contact is read and none is named or offered.
 */
export function useActionLookups(
  networkId: string,
  t: Translate,
  options: LookupOptions = {},
): ActionLookups | undefined {
  const withContacts = options.contacts ?? true;
  const { db } = useRegia();
  // Tags apart: they change with every action, the rest only with the roster and the meetings.
  const tags = useLiveQuery(
    async () =>
      (await db.actions.orderBy('tags').uniqueKeys()).filter(
        (tag): tag is string => typeof tag === 'string',
      ),
    [db],
  );
  // Not a live query: one records every key it read to know when to run again, which for the
  // thousands of members and contacts of a large network costs more than reading them.
  const lookups = useTableQuery(
    db,
    lookupTables,
    async () => {
      const memberships = await db.memberships.where('networkId').equals(networkId).toArray();
      const organizationIds = memberships.map((membership) => membership.organizationId);
      const [organizations, contacts, projects, meetings] = await Promise.all([
        db.organizations.bulkGet(organizationIds),
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
    },
    [db, networkId, t, withContacts],
  );
  return useMemo(() => (lookups && tags ? { ...lookups, tags } : undefined), [lookups, tags]);
}
