import { useMemo, useRef } from 'react';
import type { TableName } from '../../../shared/domain';
import type { MapSourceData } from '../../../shared/map';
import { useRegia } from '../../app/RegiaContext';
import { useNetworkActions, useTableQuery } from '../actions';
import { mapSourceOf, missingOrganizationIds, readMapRecords } from './mapSourceReads';

/** The tables the map reads itself; its actions come from the copy the action views share. */
const mapTables: readonly TableName[] = [
  'memberships',
  'relationships',
  'projects',
  'meetings',
  'attendances',
  'organizations',
];

/**
 * Everything the map of a network is derived from, kept current; undefined while loading. Not a
 * live query: one records every key it reads to know when to run again, which for the thousands
 * of organizations and attendances of a large network costs more than the reads themselves. The
 * actions come from the copy the action views share, read while the rest is.
 */
export function useMapSource(networkId: string): MapSourceData | undefined {
  const { db } = useRegia();
  const actions = useNetworkActions(networkId);
  const read = useTableQuery(
    db,
    mapTables,
    async () => ({ networkId, records: await readMapRecords(db, networkId) }),
    [db, networkId],
  );
  const records = read?.networkId === networkId ? read.records : undefined;
  const missing = useMemo(
    () => (records && actions ? missingOrganizationIds(records, actions) : undefined),
    [records, actions],
  );
  const missingKey = missing?.join(',') ?? '';
  const more = useTableQuery(
    db,
    ['organizations'],
    async () => ({
      key: missingKey,
      rows: missing?.length
        ? (await db.organizations.bulkGet(missing)).flatMap((row) => (row ? [row] : []))
        : [],
    }),
    // `missing` changes with every change of the actions; its ids only with the organizations named.
    [db, missingKey],
  );
  const source = useMemo(() => {
    if (!records || !actions || !missing) return undefined;
    if (missing.length > 0 && more?.key !== missingKey) return undefined;
    return mapSourceOf(records, actions, more?.rows ?? []);
  }, [records, actions, missing, missingKey, more]);
  // What was derived for this network stays shown while a change is read, as a live query's would.
  const last = useRef<{ networkId: string; source: MapSourceData } | null>(null);
  if (source) last.current = { networkId, source };
  return source ?? (last.current?.networkId === networkId ? last.current.source : undefined);
}
