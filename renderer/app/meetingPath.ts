/** The route of one meeting's page. */
export const meetingRoute = '/riunioni/seduta/:meetingId/:section?';

/** The sections of a meeting's page, each also reachable by its own path. */
export const meetingSections = ['agenda', 'live', 'minutes', 'followUp'] as const;
export type MeetingSection = (typeof meetingSections)[number];

/** The hash path of one meeting's page, optionally opened on a section. */
export function meetingPath(meetingId: string, section?: MeetingSection): string {
  // A path segment, not a query: with hash routing the query would become part of the id.
  return section ? `/riunioni/seduta/${meetingId}/${section}` : `/riunioni/seduta/${meetingId}`;
}
