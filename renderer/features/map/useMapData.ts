import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { MapView, Relationship, RelationshipFields } from '../../../shared/domain';
import { useRegia } from '../../app/RegiaContext';
import {
  archiveMapView,
  readMapViews,
  saveMapView,
  saveRelationship,
  setRelationshipArchived,
  type MapViewContent,
} from './mapWrites';

/** The saved maps of a network, by name, kept current; undefined while loading. */
export function useMapViews(networkId: string): MapView[] | undefined {
  const { db } = useRegia();
  return useLiveQuery(() => readMapViews(db, networkId), [db, networkId]);
}

/** The map's commands, bound to the database and the current user. */
export type MapCommands = {
  saveRelationship: (
    target: { networkId: string; relationshipId: string | null },
    fields: RelationshipFields,
  ) => Promise<Relationship>;
  archiveRelationship: (relationshipId: string) => Promise<Relationship>;
  restoreRelationship: (relationshipId: string) => Promise<Relationship>;
  saveView: (networkId: string, name: string, content: MapViewContent) => Promise<MapView>;
  archiveView: (viewId: string) => Promise<MapView>;
};

/** The map's named commands for components: they never reach the database themselves. */
export function useMapCommands(): MapCommands {
  const { db, repositories } = useRegia();
  return useMemo(() => {
    const writers = { db, repositories };
    return {
      saveRelationship: (target, fields) => saveRelationship(writers, target, fields),
      archiveRelationship: (relationshipId) =>
        setRelationshipArchived(writers, relationshipId, true),
      restoreRelationship: (relationshipId) =>
        setRelationshipArchived(writers, relationshipId, false),
      saveView: (networkId, name, content) => saveMapView(writers, networkId, name, content),
      archiveView: (viewId) => archiveMapView(writers, viewId),
    };
  }, [db, repositories]);
}
