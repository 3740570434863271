import { buildDemoDataset, type DemoDataset } from '../../../shared/demo';
import { emptyDemoDataset } from '../../../shared/demo/context';
import { at, createBuilder, type NetworkPlan } from './builder';
import { buildMeetings } from './buildMeetings';
import { buildNetwork } from './buildRoster';
import { buildOrganizations } from './buildRoster';
import { buildActions, buildProjects, buildRelationships } from './buildWork';

/** The three sizes of the benchmarks: the demo network, a medium and a large network. */
export const benchScales = ['small', 'medium', 'large'] as const;
export type BenchScale = (typeof benchScales)[number];

/** How much a generated scale holds. */
export type ScaleCounts = {
  organizations: number;
  contacts: number;
  actions: number;
  meetings: number;
  agendaItemsPerMeeting: number;
  attendancesPerMeeting: number;
  relationships: number;
  projects: number;
  /** Networks besides the main one, each with `extraNetworkMembers` members. */
  extraNetworks: number;
  extraNetworkMembers: number;
  /** Years the past meetings are spread over. */
  years: number;
};

/** The generated scales; "small" is the demo dataset. */
export const scaleCounts: Record<Exclude<BenchScale, 'small'>, ScaleCounts> = {
  medium: {
    organizations: 500,
    contacts: 2_000,
    actions: 5_000,
    meetings: 200,
    agendaItemsPerMeeting: 8,
    attendancesPerMeeting: 20,
    relationships: 1_000,
    projects: 12,
    extraNetworks: 1,
    extraNetworkMembers: 60,
    years: 2,
  },
  large: {
    organizations: 5_000,
    contacts: 20_000,
    actions: 50_000,
    meetings: 2_000,
    agendaItemsPerMeeting: 10,
    attendancesPerMeeting: 30,
    relationships: 10_000,
    projects: 40,
    extraNetworks: 2,
    extraNetworkMembers: 300,
    years: 6,
  },
};

/** The seed of the benchmark data unless another is given. */
export const defaultBenchSeed = 20_260_301;

/** Options of the generator: the same scale, seed and day of `now` give the same rows. */
export type GenerateOptions = { scale: BenchScale; now: Date; seed?: number };

/** A generated dataset and the records the benchmarks look for. */
export type BenchNetwork = {
  dataset: DemoDataset;
  /** The network every organization belongs to; the app shows it first. */
  mainNetworkId: string;
  /** The meeting with the most agenda items (40 items and 60 attendances in the generated scales). */
  largeMeetingId: string;
};

const extraNetworkNames = ['Tavolo provinciale disabilità e lavoro', 'Rete giovani e orientamento'];

/** The share of meetings and actions that belongs to the main network. */
const mainShare = 0.9;

function demoNetwork(options: GenerateOptions): BenchNetwork {
  const dataset = buildDemoDataset({ now: options.now, seed: options.seed });
  const itemsByMeeting = new Map<string, number>();
  for (const item of dataset.agendaItems) {
    itemsByMeeting.set(item.meetingId, (itemsByMeeting.get(item.meetingId) ?? 0) + 1);
  }
  const [largest] = [...itemsByMeeting].sort((first, second) => second[1] - first[1]);
  return {
    dataset,
    mainNetworkId: at(dataset.networks, 0, 'network').id,
    largeMeetingId: largest?.[0] ?? at(dataset.meetings, 0, 'meeting').id,
  };
}

/** Splits `total` between the main network and the extra ones. */
function shares(total: number, extraNetworks: number): number[] {
  if (extraNetworks === 0) return [total];
  const main = Math.round(total * mainShare);
  const each = Math.floor((total - main) / extraNetworks);
  const extras = Array.from({ length: extraNetworks }, () => each);
  return [total - each * extraNetworks, ...extras];
}

/**
 * Generates a benchmark network, deterministically from the seed and the day of `now`: one
 * network with every organization as a member, a few smaller ones, meetings with agendas and
 * attendance, projects with indicators, actions and ties between organizations.
 */
export function generateNetwork(options: GenerateOptions): BenchNetwork {
  if (options.scale === 'small') return demoNetwork(options);
  const counts = scaleCounts[options.scale];
  const seed = options.seed ?? defaultBenchSeed;
  const builder = createBuilder(seed, options.now, emptyDemoDataset());
  buildOrganizations(builder, counts.organizations, counts.contacts);
  const everyone = Array.from({ length: counts.organizations }, (_, index) => index);
  const networks: NetworkPlan[] = [
    buildNetwork(builder, {
      name: 'Patto metropolitano per il lavoro e l’inclusione',
      territory: 'Città metropolitana di Milano e province lombarde',
      members: everyone,
    }),
  ];
  for (let index = 0; index < counts.extraNetworks; index += 1) {
    networks.push(
      buildNetwork(builder, {
        name: at(extraNetworkNames, index, 'network name'),
        territory: 'Lombardia',
        members: builder.choose.sample(everyone, counts.extraNetworkMembers),
      }),
    );
  }
  const meetingCounts = shares(counts.meetings, counts.extraNetworks);
  const projectCounts = shares(counts.projects, counts.extraNetworks);
  const actionCounts = shares(counts.actions, counts.extraNetworks);
  let largeMeetingId: string | null = null;
  networks.forEach((network, index) => {
    const found = buildMeetings(builder, network, {
      count: at(meetingCounts, index, 'meeting count'),
      itemsPerMeeting: counts.agendaItemsPerMeeting,
      attendancesPerMeeting: counts.attendancesPerMeeting,
      years: counts.years,
      withLargeMeeting: index === 0,
    });
    largeMeetingId ??= found;
    buildProjects(builder, network, at(projectCounts, index, 'project count'));
    buildActions(builder, network, at(actionCounts, index, 'action count'));
  });
  const main = at(networks, 0, 'main network');
  buildRelationships(builder, main, counts.relationships);
  if (largeMeetingId === null)
    throw new Error('Benchmark data: the large meeting was not written.');
  return { dataset: builder.dataset, mainNetworkId: main.id, largeMeetingId };
}

/**
 * A short fingerprint of a dataset (every 97th row of every table, hashed with FNV-1a), so the
 * runner can check that the page generated exactly the rows Node generated.
 */
export function datasetFingerprint(dataset: DemoDataset): string {
  let hash = 0x811c9dc5;
  for (const [table, rows] of Object.entries(dataset)) {
    const text = `${table}:${rows.length}:${JSON.stringify(rows.filter((_, index) => index % 97 === 0))}`;
    for (let index = 0; index < text.length; index += 1) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
