import { addDays, format, isWeekend, set, startOfDay } from 'date-fns';
import { createSeededIdGenerator, type RecordMeta } from '../../../shared/domain';
import type { DemoDataset } from '../../../shared/demo';
import { createChooser, type Chooser } from './random';

/** A network being generated: its id and the organizations that belong to it. */
export type NetworkPlan = {
  id: string;
  /** Indexes into the generated organizations. */
  members: number[];
  /** Meetings held so far, with the ids of their agenda items, for actions to refer to. */
  heldMeetings: { id: string; itemIds: string[] }[];
  projectIds: string[];
};

/** What every part of the generator shares: seeded choices and ids, dates around `today`. */
export type Builder = {
  choose: Chooser;
  /** Bookkeeping fields of a new record with a fresh seeded id. */
  meta: () => RecordMeta;
  /** The day `offset` days from today, as `yyyy-MM-dd`. */
  day: (offset: number) => string;
  /** The working day at or before the day `offset` days from today, as `yyyy-MM-dd`. */
  workingDayBefore: (offset: number) => string;
  /** The moment `offset` days from today at `time` (`HH:mm`), as an ISO date-time. */
  moment: (offset: number, time: string) => string;
  /** The year of today. */
  year: number;
  dataset: DemoDataset;
  /** Contact ids of each organization, by organization index; the first one represents it. */
  contactIds: string[][];
};

/** Starts a generation: ids from the seed, choices from a second stream of the same seed. */
export function createBuilder(seed: number, now: Date, dataset: DemoDataset): Builder {
  const newId = createSeededIdGenerator(seed);
  const timestamp = now.toISOString();
  const today = startOfDay(now);
  const dayDate = (offset: number): Date => addDays(today, offset);
  // Tens of thousands of rows share a few thousand days: format each day once.
  const cached = <K>(compute: (key: K) => string): ((key: K) => string) => {
    const known = new Map<K, string>();
    return (key) => {
      let value = known.get(key);
      if (value === undefined) {
        value = compute(key);
        known.set(key, value);
      }
      return value;
    };
  };
  return {
    choose: createChooser(seed ^ 0x5bd1e995),
    meta: () => ({
      id: newId(),
      createdAt: timestamp,
      updatedAt: timestamp,
      rev: 1,
      archivedAt: null,
    }),
    day: cached((offset: number) => format(dayDate(offset), 'yyyy-MM-dd')),
    workingDayBefore: cached((offset: number) => {
      let date = dayDate(offset);
      while (isWeekend(date)) date = addDays(date, -1);
      return format(date, 'yyyy-MM-dd');
    }),
    moment: (offset, time) => {
      const [hours = 0, minutes = 0] = time.split(':').map(Number);
      return set(dayDate(offset), { hours, minutes }).toISOString();
    },
    year: today.getFullYear(),
    dataset,
    contactIds: [],
  };
}

/** Lower-case letters and digits only, for invented mail domains. */
export function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The element at `index`, or a clear error: the generator's lists are never short on purpose. */
export function at<T>(items: readonly T[], index: number, what: string): T {
  const item = items[index];
  if (item === undefined) throw new Error(`Benchmark data: no ${what} at index ${index}.`);
  return item;
}
