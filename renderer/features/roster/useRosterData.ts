import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Network, Organization } from '../../../shared/domain';
import type { Locale } from '../../../shared/i18n';
import { useRegia } from '../../app/RegiaContext';
import { mergeOrganizations } from './merge/mergeOrganizations';
import {
  createOrganization,
  saveContact,
  saveMembership,
  setRosterArchived,
  updateOrganization,
  type RosterTable,
} from './rosterWrites';
import { rosterWorkbook } from './spreadsheet/exportRoster';

/** Every organization stored, archived ones included, kept current; undefined while loading. */
export function useOrganizations(): Organization[] | undefined {
  const { db } = useRegia();
  return useLiveQuery(() => db.organizations.toArray(), [db]);
}

/** A network, archived or not; null when none is asked for or it does not exist. */
export function useNetworkRecord(networkId: string | null | undefined): Network | null | undefined {
  const { db } = useRegia();
  return useLiveQuery(
    async () => (networkId ? ((await db.networks.get(networkId)) ?? null) : null),
    [db, networkId],
  );
}

/** Drops the first parameter (the writers) of a command. */
type Bound<Command> = Command extends (writers: never, ...rest: infer Rest) => infer Result
  ? (...rest: Rest) => Result
  : never;

/** The roster's commands, bound to the database and the current user. */
export type RosterCommands = {
  createOrganization: Bound<typeof createOrganization>;
  updateOrganization: Bound<typeof updateOrganization>;
  saveContact: Bound<typeof saveContact>;
  saveMembership: Bound<typeof saveMembership>;
  archive: (table: RosterTable, id: string) => Promise<unknown>;
  restore: (table: RosterTable, id: string) => Promise<unknown>;
  merge: (survivorId: string, mergedId: string) => Promise<unknown>;
  exportWorkbook: (networkId: string, locale: Locale) => ReturnType<typeof rosterWorkbook>;
};

/** The roster's named commands for components: they never reach the database themselves. */
export function useRosterCommands(): RosterCommands {
  const { db, repositories } = useRegia();
  return useMemo(() => {
    const writers = { db, repositories };
    return {
      createOrganization: (...args) => createOrganization(writers, ...args),
      updateOrganization: (...args) => updateOrganization(writers, ...args),
      saveContact: (...args) => saveContact(writers, ...args),
      saveMembership: (...args) => saveMembership(writers, ...args),
      archive: (table, id) => setRosterArchived(writers, table, id, true),
      restore: (table, id) => setRosterArchived(writers, table, id, false),
      merge: (survivorId, mergedId) => mergeOrganizations(writers, survivorId, mergedId),
      exportWorkbook: (networkId, locale) => rosterWorkbook(db, networkId, locale),
    };
  }, [db, repositories]);
}
