import type { MapView, Relationship, RelationshipFields } from '../../../shared/domain';
import type { Positions } from '../../../shared/map';
import type { Repositories, RegiaDatabase } from '../../db';

/** What the map's commands write through: every write validates and audits in its repository. */
export type MapWriters = { db: RegiaDatabase; repositories: Repositories };

/** Creates a relationship in a network, or saves an existing one. */
export function saveRelationship(
  { repositories }: MapWriters,
  target: { networkId: string; relationshipId: string | null },
  fields: RelationshipFields,
): Promise<Relationship> {
  return target.relationshipId
    ? repositories.relationships.update(target.relationshipId, fields)
    : repositories.relationships.create({ networkId: target.networkId, ...fields });
}

/** Archives a relationship (it leaves the map and stays in the audit log), or restores it. */
export function setRelationshipArchived(
  { repositories }: MapWriters,
  relationshipId: string,
  archived: boolean,
): Promise<Relationship> {
  const { relationships } = repositories;
  return archived ? relationships.archive(relationshipId) : relationships.restore(relationshipId);
}

/** The saved maps of a network not archived, by name. */
export async function readMapViews(db: RegiaDatabase, networkId: string): Promise<MapView[]> {
  return (await db.mapViews.where('networkId').equals(networkId).toArray())
    .filter((view) => view.archivedAt === null)
    .sort((first, second) => first.name.localeCompare(second.name, 'it'));
}

/** What a saved map holds: the map's settings as stored and the positions of the nodes shown. */
export type MapViewContent = { filters: Record<string, unknown>; positions: Positions };

/** Saves the map under a name; a saved map of the network with that name is replaced. */
export function saveMapView(
  { db, repositories }: MapWriters,
  networkId: string,
  name: string,
  content: MapViewContent,
): Promise<MapView> {
  return db.transaction('rw', [db.mapViews, db.auditEntries], async () => {
    const existing = (await readMapViews(db, networkId)).find((view) => view.name === name);
    return existing
      ? repositories.mapViews.update(existing.id, content)
      : repositories.mapViews.create({ networkId, name, ...content });
  });
}

/** Archives a saved map: it leaves the list of saved maps. */
export function archiveMapView({ repositories }: MapWriters, viewId: string): Promise<MapView> {
  return repositories.mapViews.archive(viewId);
}
