import { describe, expect, it } from 'vitest';
import { buildDemoDataset, type DemoDataset } from '../../../shared/demo';
import { entityTableNames, tableSchemas } from '../../../shared/domain';
import { isValidPartitaIva } from '../../../shared/roster/taxCodes';
import {
  datasetFingerprint,
  generateNetwork,
  scaleCounts,
  type BenchNetwork,
} from '../../bench/data/generateNetwork';

const now = new Date(2026, 2, 2, 10, 0);

let medium: BenchNetwork | undefined;
function mediumNetwork(): BenchNetwork {
  medium ??= generateNetwork({ scale: 'medium', now });
  return medium;
}

// The medium network of another seed, generated once for the two tests that compare with it.
let otherSeed: BenchNetwork | undefined;
function otherSeedNetwork(): BenchNetwork {
  otherSeed ??= generateNetwork({ scale: 'medium', now, seed: 7 });
  return otherSeed;
}

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

function tableCounts(dataset: DemoDataset): Record<string, number> {
  return Object.fromEntries(Object.entries(dataset).map(([table, rows]) => [table, rows.length]));
}

describe('the benchmark network generator', () => {
  it('gives the demo dataset for the small scale', () => {
    const small = generateNetwork({ scale: 'small', now });
    expect(small.dataset).toEqual(buildDemoDataset({ now }));
    expect(small.dataset.networks.map((network) => network.id)).toContain(small.mainNetworkId);
  });

  it('writes the counts of the medium scale', () => {
    const { dataset } = mediumNetwork();
    const counts = scaleCounts.medium;
    expect(dataset.organizations).toHaveLength(counts.organizations);
    expect(dataset.contacts).toHaveLength(counts.contacts);
    expect(dataset.actions).toHaveLength(counts.actions);
    expect(dataset.meetings).toHaveLength(counts.meetings);
    expect(dataset.relationships).toHaveLength(counts.relationships);
    expect(dataset.networks).toHaveLength(1 + counts.extraNetworks);
    expect(dataset.projects).toHaveLength(counts.projects);
    expect(dataset.indicators.length).toBeGreaterThan(0);
    expect(dataset.indicatorValues.length).toBeGreaterThan(0);
  });

  it('writes the counts of the large scale, with every organization in the main network', () => {
    const { dataset, mainNetworkId } = generateNetwork({ scale: 'large', now });
    const counts = scaleCounts.large;
    expect(dataset.organizations).toHaveLength(5_000);
    expect(dataset.contacts).toHaveLength(20_000);
    expect(dataset.actions).toHaveLength(50_000);
    expect(dataset.meetings).toHaveLength(2_000);
    expect(dataset.relationships).toHaveLength(10_000);
    const mainMembers = dataset.memberships.filter((row) => row.networkId === mainNetworkId);
    expect(mainMembers).toHaveLength(counts.organizations);
    // Every meeting has its agenda; the large one has 40 items instead of 10.
    expect(dataset.agendaItems).toHaveLength((counts.meetings - 1) * 10 + 40);
    // Held meetings have about 30 attendances each.
    const held = new Set(dataset.attendances.map((row) => row.meetingId)).size;
    expect(held).toBeGreaterThan(counts.meetings * 0.99);
    expect(dataset.attendances.length).toBeGreaterThanOrEqual((held - 1) * 30 + 60);
  }, 120_000);

  it('validates every row of the medium scale against its table schema', () => {
    const { dataset } = mediumNetwork();
    const problems: string[] = [];
    for (const table of entityTableNames) {
      dataset[table].forEach((row, index) => {
        const result = tableSchemas[table].safeParse(row);
        if (!result.success) problems.push(`${table}[${index}]: ${result.error.message}`);
      });
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('gives the same rows for the same seed and day, and other ids for another seed', () => {
    const again = generateNetwork({ scale: 'medium', now: new Date(2026, 2, 2, 17, 45) });
    const first = mediumNetwork();
    expect(again.dataset.actions.slice(0, 50)).toEqual(
      first.dataset.actions.slice(0, 50).map((row) => ({
        ...row,
        createdAt: again.dataset.actions[0]?.createdAt,
        updatedAt: again.dataset.actions[0]?.updatedAt,
      })),
    );
    expect(tableCounts(again.dataset)).toEqual(tableCounts(first.dataset));
    expect(again.largeMeetingId).toBe(first.largeMeetingId);
    expect(otherSeedNetwork().mainNetworkId).not.toBe(first.mainNetworkId);
  });

  it('fingerprints equal datasets alike and different seeds apart', () => {
    const first = mediumNetwork();
    const again = generateNetwork({ scale: 'medium', now });
    expect(datasetFingerprint(again.dataset)).toBe(datasetFingerprint(first.dataset));
    expect(datasetFingerprint(otherSeedNetwork().dataset)).not.toBe(
      datasetFingerprint(first.dataset),
    );
  });

  it('gives every organization a distinct name and valid partite IVA', () => {
    const { dataset } = mediumNetwork();
    const names = new Set(dataset.organizations.map((row) => row.name));
    expect(names.size).toBe(dataset.organizations.length);
    const vatNumbers = dataset.organizations.map((row) => row.vatNumber).filter(Boolean);
    expect(vatNumbers.length).toBeGreaterThan(100);
    expect(vatNumbers.every(isValidPartitaIva)).toBe(true);
  });

  it('only refers to records that exist, in the same network', () => {
    const { dataset } = mediumNetwork();
    const organizations = byId(dataset.organizations);
    const contacts = byId(dataset.contacts);
    const meetings = byId(dataset.meetings);
    const agendaItems = byId(dataset.agendaItems);
    const projects = byId(dataset.projects);
    const members = new Set(
      dataset.memberships.map((row) => `${row.networkId}/${row.organizationId}`),
    );
    expect(members.size).toBe(dataset.memberships.length);
    for (const contact of dataset.contacts) {
      expect(organizations.has(contact.organizationId)).toBe(true);
    }
    for (const action of dataset.actions.filter((_, index) => index % 7 === 0)) {
      expect(members.has(`${action.networkId}/${action.ownerOrganizationId ?? ''}`)).toBe(true);
      expect(contacts.get(action.ownerContactId ?? '')?.organizationId).toBe(
        action.ownerOrganizationId,
      );
      if (action.projectId !== null) {
        expect(projects.get(action.projectId)?.networkId).toBe(action.networkId);
      }
      if (action.originMeetingId !== null) {
        expect(meetings.get(action.originMeetingId)?.networkId).toBe(action.networkId);
        expect(agendaItems.get(action.originAgendaItemId ?? '')?.meetingId).toBe(
          action.originMeetingId,
        );
      }
    }
    for (const attendance of dataset.attendances.filter((_, index) => index % 5 === 0)) {
      const meeting = meetings.get(attendance.meetingId);
      expect(meeting).toBeDefined();
      expect(members.has(`${meeting?.networkId ?? ''}/${attendance.organizationId}`)).toBe(true);
    }
    for (const relationship of dataset.relationships) {
      expect(relationship.sourceOrganizationId).not.toBe(relationship.targetOrganizationId);
      expect(organizations.has(relationship.sourceOrganizationId)).toBe(true);
      expect(organizations.has(relationship.targetOrganizationId)).toBe(true);
    }
  });

  it('includes one held meeting of 40 agenda items and 60 attendances', () => {
    const { dataset, largeMeetingId } = mediumNetwork();
    const items = dataset.agendaItems.filter((row) => row.meetingId === largeMeetingId);
    expect(items.map((row) => row.order)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const attendances = dataset.attendances.filter((row) => row.meetingId === largeMeetingId);
    expect(new Set(attendances.map((row) => row.organizationId)).size).toBe(60);
  });
});
