import { createSeededIdGenerator } from '../domain/ids';
import type { RecordMeta } from '../domain/record';
import type { EntityTableName, RowOf } from '../domain/tables';
import { createDemoCalendar, type DemoCalendar } from './calendar';

/** The whole demo: every entity table with its rows. */
export type DemoDataset = { [T in EntityTableName]: RowOf<T>[] };

/** Options of the demo builder. */
export type DemoOptions = {
  /** The moment the demo is built: statuses and deadlines are placed around it. */
  now: Date;
  /** Seed of the identifiers; the same seed and `now` give the same dataset. */
  seed?: number;
};

/** Ids of the demo's records by a readable key, so the content can refer to them by name. */
export type KeyRegistry = {
  register: (key: string, id: string) => void;
  id: (key: string) => string;
};

/** What every part of the demo builder shares while it writes rows. */
export type DemoContext = {
  calendar: DemoCalendar;
  /** Bookkeeping fields of a new record, with a fresh id unless one was reserved. */
  meta: (reservedId?: string) => RecordMeta;
  /** Reserves an id, for records that others refer to before they are written. */
  newId: () => string;
  organizations: KeyRegistry;
  contacts: KeyRegistry;
  projects: KeyRegistry;
  meetings: KeyRegistry;
  /** Agenda items by `meetingKey#order`. */
  agendaItems: KeyRegistry;
  dataset: DemoDataset;
};

export const defaultDemoSeed = 20_260_101;

/** A registry whose lookups fail loudly, naming the kind of record and the missing key. */
export function createKeyRegistry(kind: string): KeyRegistry {
  const ids = new Map<string, string>();
  return {
    register: (key, id) => {
      if (ids.has(key)) throw new Error(`Demo data: ${kind} "${key}" is defined twice.`);
      ids.set(key, id);
    },
    id: (key) => {
      const id = ids.get(key);
      if (id === undefined) throw new Error(`Demo data: unknown ${kind} "${key}".`);
      return id;
    },
  };
}

/** An empty dataset with every entity table present. */
export function emptyDemoDataset(): DemoDataset {
  return {
    networks: [],
    organizations: [],
    contacts: [],
    memberships: [],
    projects: [],
    indicators: [],
    indicatorValues: [],
    expenditures: [],
    meetings: [],
    agendaItems: [],
    attendances: [],
    attachments: [],
    actions: [],
    actionUpdates: [],
    relationships: [],
    mapViews: [],
    exchangeBatches: [],
  };
}

/** The shared state of one build: seeded ids, one timestamp for every record, empty tables. */
export function createDemoContext(options: DemoOptions): DemoContext {
  const nextId = createSeededIdGenerator(options.seed ?? defaultDemoSeed);
  const timestamp = options.now.toISOString();
  return {
    calendar: createDemoCalendar(options.now),
    newId: nextId,
    meta: (reservedId) => ({
      id: reservedId ?? nextId(),
      createdAt: timestamp,
      updatedAt: timestamp,
      rev: 1,
      archivedAt: null,
    }),
    organizations: createKeyRegistry('organization'),
    contacts: createKeyRegistry('contact'),
    projects: createKeyRegistry('project'),
    meetings: createKeyRegistry('meeting'),
    agendaItems: createKeyRegistry('agenda item'),
    dataset: emptyDemoDataset(),
  };
}

/** The value, or a clear error naming what is missing. */
export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo data: missing ${what}.`);
  return value;
}
