import { buildDemoDataset } from '../../../../shared/demo';
import { defaultMapFilters, deriveNetworkMap, type MapModel } from '../../../../shared/map';

/** The demo network's map under the default filters, with the rows it was derived from. */
export function demoNetworkMap() {
  const demo = buildDemoDataset({ now: new Date('2026-03-15T10:00:00Z') });
  const network = demo.networks[0];
  const inNetwork = <T extends { networkId: string | null }>(rows: T[]) =>
    rows.filter((row) => row.networkId === network.id);
  const meetings = inNetwork(demo.meetings);
  const meetingIds = new Set(meetings.map((meeting) => meeting.id));
  const memberships = inNetwork(demo.memberships);
  const relationships = inNetwork(demo.relationships);
  const model: MapModel = deriveNetworkMap(
    {
      organizations: demo.organizations,
      memberships,
      relationships,
      projects: inNetwork(demo.projects),
      actions: inNetwork(demo.actions),
      meetings,
      attendances: demo.attendances.filter((row) => meetingIds.has(row.meetingId)),
    },
    defaultMapFilters,
  );
  return {
    demo,
    network,
    memberships,
    relationships,
    model,
    recorded: model.edges.filter((edge) => edge.origin === 'relationship'),
    derived: model.edges.filter((edge) => edge.origin !== 'relationship'),
  };
}
