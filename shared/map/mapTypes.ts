import type {
  Action,
  Attendance,
  Meeting,
  Membership,
  MembershipRole,
  Organization,
  OrganizationType,
  Project,
  Relationship,
  RelationshipKind,
} from '../domain';

/** Where a link of the map comes from: a recorded relationship, or work the two share. */
export const linkOrigins = ['relationship', 'project', 'action', 'meeting'] as const;
export type LinkOrigin = (typeof linkOrigins)[number];

/** The links that are derived from shared work rather than recorded. */
export const derivedLinkOrigins = ['project', 'action', 'meeting'] as const;
export type DerivedLinkOrigin = (typeof derivedLinkOrigins)[number];

/** An organization as a node of the map. */
export type MapNode = {
  id: string;
  label: string;
  type: OrganizationType;
  provincia: string;
  comune: string;
  areasOfWork: string[];
  notes: string;
  /** Its role in the network, when it is a member at the map's date. */
  role: MembershipRole | null;
  /** Actions it owns or supports among those the map counts. */
  actionCount: number;
};

/** A link between two organizations of the map. */
export type MapEdge = {
  /** The relationship's id, or `origin:a:b` for a derived link. */
  id: string;
  source: string;
  target: string;
  origin: LinkOrigin;
  /** The relationship's kind; null for derived links. */
  kind: RelationshipKind | null;
  directed: boolean;
  /** A relationship's weight, or how many projects, actions or meetings the two share. */
  weight: number;
  from: string | null;
  to: string | null;
  notes: string;
  /** Ids of the projects, actions or meetings a derived link counts. */
  basis: string[];
};

/** What the map shows: its nodes and the links among them. */
export type MapModel = { nodes: MapNode[]; edges: MapEdge[] };

/** Everything one network's map is derived from. */
export type MapSourceData = {
  organizations: readonly Organization[];
  memberships: readonly Membership[];
  relationships: readonly Relationship[];
  projects: readonly Project[];
  actions: readonly Action[];
  meetings: readonly Meeting[];
  attendances: readonly Attendance[];
};

/** A point of the layout, in graph coordinates. */
export type Point = { x: number; y: number };

/** Node positions by organization id. */
export type Positions = Record<string, Point>;
