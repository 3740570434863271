import { z } from 'zod';
import { isoDateSchema, organizationTypes, relationshipKinds } from '../domain';
import type { OrganizationType, RelationshipKind } from '../domain';
import type { LinkOrigin } from './mapTypes';

/** Which kinds of links the map shows: each can be switched off. */
export type LinkSwitches = Record<LinkOrigin, boolean>;

/** What the map shows: the links, a selection of organizations, and the date it represents. */
export type MapFilters = {
  links: LinkSwitches;
  /** Only the organizations taking part in these projects (none: all). */
  projectIds: string[];
  organizationTypes: OrganizationType[];
  areasOfWork: string[];
  provincie: string[];
  /** Only recorded relationships of these kinds (none: all). */
  relationshipKinds: RelationshipKind[];
  /** The network as it was on this day (`yyyy-MM-dd`); null shows everything recorded. */
  date: string | null;
  /** Derived links need at least this many projects, actions or meetings in common. */
  minSharedWork: number;
};

/** The measures a node's size can follow. */
export const sizeMeasures = [
  'degree',
  'weightedDegree',
  'betweenness',
  'actions',
  'uniform',
] as const;
export type SizeMeasure = (typeof sizeMeasures)[number];

/** What a saved map keeps besides positions: its filters and how nodes are sized. */
export type MapViewSettings = { filters: MapFilters; sizeBy: SizeMeasure };

/** Co-attendance links every pair of people in a meeting: dense, so it starts switched off. */
export const defaultMapFilters: MapFilters = {
  links: { relationship: true, project: true, action: true, meeting: false },
  projectIds: [],
  organizationTypes: [],
  areasOfWork: [],
  provincie: [],
  relationshipKinds: [],
  date: null,
  minSharedWork: 1,
};

export const defaultSizeMeasure: SizeMeasure = 'degree';

const linkSwitchesSchema = z.object({
  relationship: z.boolean().catch(true),
  project: z.boolean().catch(true),
  action: z.boolean().catch(true),
  meeting: z.boolean().catch(false),
});

const viewSettingsSchema = z.object({
  links: linkSwitchesSchema.catch(defaultMapFilters.links),
  projectIds: z.array(z.string()).catch([]),
  organizationTypes: z.array(z.enum(organizationTypes)).catch([]),
  areasOfWork: z.array(z.string()).catch([]),
  provincie: z.array(z.string()).catch([]),
  relationshipKinds: z.array(z.enum(relationshipKinds)).catch([]),
  date: isoDateSchema.nullable().catch(null),
  minSharedWork: z.number().int().min(1).max(1000).catch(1),
  sizeBy: z.enum(sizeMeasures).catch(defaultSizeMeasure),
});

/** Reads a saved map's settings, keeping what is valid and defaulting the rest. */
export function parseMapViewSettings(stored: unknown): MapViewSettings {
  const parsed = viewSettingsSchema.catch(viewSettingsSchema.parse({})).parse(stored ?? {});
  const { sizeBy, ...filters } = parsed;
  return { filters, sizeBy };
}

/** A map's settings as the `filters` field of a MapView row. */
export function storedMapViewSettings(settings: MapViewSettings): Record<string, unknown> {
  return { ...settings.filters, sizeBy: settings.sizeBy };
}

/** Whether any filter narrows the organizations or links shown. */
export function isFiltered(filters: MapFilters): boolean {
  return (
    filters.projectIds.length > 0 ||
    filters.organizationTypes.length > 0 ||
    filters.areasOfWork.length > 0 ||
    filters.provincie.length > 0 ||
    filters.relationshipKinds.length > 0 ||
    filters.date !== null ||
    filters.minSharedWork > 1
  );
}

/** How many filters narrow the map, for the label of the filters button. */
export function activeFilterCount(filters: MapFilters): number {
  return [
    filters.projectIds.length > 0,
    filters.organizationTypes.length > 0,
    filters.areasOfWork.length > 0,
    filters.provincie.length > 0,
    filters.relationshipKinds.length > 0,
    filters.date !== null,
    filters.minSharedWork > 1,
    !filters.links.relationship ||
      !filters.links.project ||
      !filters.links.action ||
      filters.links.meeting,
  ].filter(Boolean).length;
}
