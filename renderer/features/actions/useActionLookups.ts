import { useMemo } from 'react';
import type { TableName } from '../../../shared/domain';
import { useRegia } from '../../app/RegiaContext';
import type { Translate } from '../../app/RegiaContext';
import { queryMemory, useRememberedQuery } from '../../data';
import { readActionLookups, type NetworkLookups } from './readActionLookups';

export type { Choice } from './readActionLookups';

const lookupTables: readonly TableName[] = [
  'memberships',
  'organizations',
  'contacts',
  'projects',
  'meetings',
];
const tagTables: readonly TableName[] = ['actions'];

/** How many organizations a select lists at once: large networks have thousands, typing narrows. */
export const organizationChoiceLimit = 200;

/** Names and choices the action views need for one network. */
export type ActionLookups = NetworkLookups & { tags: string[] };

/** What to read besides the members, projects, meetings and tags. */
export type LookupOptions = {
  /** The members' contacts, which only the forms offer: a large network has tens of thousands. */
  contacts?: boolean;
};

// Kept for the session: opening a page again shows the names at once while the roster, the
// projects and the meetings are unchanged. One memory with contacts (the forms), one without
// (the page), so that opening the editor over the page does not make the page read again.
const withContactsMemory = queryMemory<NetworkLookups>();
const withoutContactsMemory = queryMemory<NetworkLookups>();
const tagsMemory = queryMemory<string[]>();

/**
 * Reads the members, contacts, projects, meetings and tags of a network; undefined while loading.
 * Without `contacts`, no contact is read and none is named or offered. Remembered across
 * openings until one of their tables changes.
 */
export function useActionLookups(
  networkId: string,
  t: Translate,
  options: LookupOptions = {},
): ActionLookups | undefined {
  const withContacts = options.contacts ?? true;
  const { db, locale } = useRegia();
  // Tags apart: they change with every action, the rest only with the roster and the meetings.
  const tags = useRememberedQuery(tagsMemory, db, tagTables, db.name, async () =>
    (await db.actions.orderBy('tags').uniqueKeys()).filter(
      (tag): tag is string => typeof tag === 'string',
    ),
  );
  const lookups = useRememberedQuery(
    withContacts ? withContactsMemory : withoutContactsMemory,
    db,
    lookupTables,
    [db.name, networkId, locale].join('|'),
    () => readActionLookups(db, networkId, t, withContacts),
  );
  return useMemo(() => (lookups && tags ? { ...lookups, tags } : undefined), [lookups, tags]);
}
