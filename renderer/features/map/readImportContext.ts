import { idsNamedIn, type KumuTables, type MapImportContext } from '../../../shared/map';
import type { RegiaDatabase } from '../../db';

/** Reads what planning an import into a network needs: the records the file names and the members. */
export async function readImportContext(
  db: RegiaDatabase,
  networkId: string,
  tables: KumuTables,
): Promise<MapImportContext> {
  const ids = idsNamedIn(tables);
  const memberships = (await db.memberships.where('networkId').equals(networkId).toArray()).filter(
    (membership) => membership.archivedAt === null,
  );
  const memberIds = new Set(memberships.map((membership) => membership.organizationId));
  const [organizations, named, ownRelationships] = await Promise.all([
    db.organizations.bulkGet([...new Set([...ids, ...memberIds])]),
    db.relationships.bulkGet(ids),
    db.relationships.where('networkId').equals(networkId).toArray(),
  ]);
  const relationships = [...named.flatMap((row) => (row ? [row] : [])), ...ownRelationships];
  return {
    networkId,
    organizations: new Map(organizations.flatMap((row) => (row ? [[row.id, row] as const] : []))),
    memberIds,
    relationships: new Map(relationships.map((row) => [row.id, row] as const)),
    now: new Date().toISOString(),
    newId: () => crypto.randomUUID(),
  };
}
