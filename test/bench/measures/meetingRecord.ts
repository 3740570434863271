import type { DemoDataset } from '../../../shared/demo';
import { livePresence } from '../../../shared/meetings/meetingMoment';
import { buildMinutesDocument } from '../../../shared/meetings/minutes/minutesModel';
import type { MinutesInput } from '../../../shared/meetings/minutes/minutesDocument';
import { isMembershipActiveOn } from '../../../shared/meetings/quorum';
import { largeMeeting } from '../data/buildMeetings';
import { leaveMeeting, openAppPage } from '../runner/appPage';
import { profileFile, withCpuProfile } from '../runner/cpuProfile';
import type { BenchSession, GroupResult, MeasureGroup } from '../runner/measure';
import { repeat } from '../runner/measure';

/** Which tab of the meeting is opened, and what shows it is drawn. */
type RecordTab = 'live' | 'minutes';

declare global {
  /** Set by the meeting-record measure: resolves with the time until the tab shows its record. */
  var regiaOpenMeetingTab:
    ((meetingId: string, tab: RecordTab, members: number) => Promise<number>) | undefined;
}

/**
 * In the page: goes to a meeting's live or minutes tab and times until the record is drawn: for
 * the live tab the quorum line and an attendance row per member present; for the minutes the
 * verbale with its presence statement; then the frame after it.
 */
function installTabOpener(): void {
  globalThis.regiaOpenMeetingTab = (meetingId, tab, members) =>
    new Promise((resolve, reject) => {
      const start = performance.now();
      const timeout = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`The meeting's ${tab} tab did not show its record within 120 s.`));
      }, 120_000);
      const drawn = (): boolean => {
        if (tab === 'live') {
          return (
            document.querySelector('[data-testid="quorum-count"]') !== null &&
            document.querySelectorAll('[data-testid="attendance-row"]').length >= members
          );
        }
        const view = document.querySelector('[data-testid="minutes-view"]');
        return view !== null && /Sono presenti \d+/.test(view.textContent);
      };
      const check = (): void => {
        if (!drawn()) return;
        observer.disconnect();
        clearTimeout(timeout);
        requestAnimationFrame(() => resolve(performance.now() - start));
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      location.hash = `#/riunioni/seduta/${meetingId}/${tab}`;
    });
}

/** What the meeting's tabs read, from the generated rows. */
function recordOf(dataset: DemoDataset, meetingId: string): MinutesInput {
  const found = dataset.meetings.find((row) => row.id === meetingId);
  if (!found) throw new Error(`Benchmark data: meeting ${meetingId} not found.`);
  const attendances = dataset.attendances.filter((row) => row.meetingId === meetingId);
  const meeting = found;
  return {
    meeting,
    network: dataset.networks.find((row) => row.id === meeting.networkId) ?? null,
    items: dataset.agendaItems.filter((row) => row.meetingId === meetingId),
    attendances,
    memberships: dataset.memberships.filter(
      (row) => row.networkId === meeting.networkId && isMembershipActiveOn(row, meeting.date),
    ),
    organizations: new Map(dataset.organizations.map((row) => [row.id, row])),
    contacts: new Map(dataset.contacts.map((row) => [row.id, row])),
    actions: dataset.actions.filter((row) => row.originMeetingId === meetingId),
    approvedIn: null,
  };
}

const underOneSecond = [
  { kind: 'below', limit: 1_000, statistic: 'median', text: '< 1 s' },
] as const satisfies MeasureGroup['measures'][number]['targets'];

/**
 * Opening the large meeting (40 agenda items, its 60 attending bodies invited): its presence,
 * quorum and minutes model built in Node, then its live tab, where the page builds its record,
 * presence and quorum, and its minutes tab, where it builds and draws the verbale.
 */
export const meetingRecord: MeasureGroup = {
  name: 'meeting record',
  measures: [
    {
      id: 'meeting.model',
      title: 'presence, quorum and minutes model of a meeting of 40 items and 60 members',
      host: 'node',
      unit: 'ms',
      targets: [...underOneSecond],
    },
    {
      id: 'meeting.live',
      title: 'live tab of a meeting of 40 items and 60 members: record, presence and quorum',
      host: 'chromium',
      unit: 'ms',
      targets: [...underOneSecond],
    },
    {
      id: 'meeting.minutes',
      title: 'minutes tab of a meeting of 40 items and 60 members: the verbale drawn',
      host: 'chromium',
      unit: 'ms',
      targets: [...underOneSecond],
    },
  ],
  run: async (session: BenchSession): Promise<GroupResult> => {
    const input = recordOf(session.network.dataset, session.network.largeMeetingId);
    const model = await repeat(session, 'meeting model (Node)', () => {
      const start = performance.now();
      livePresence(input, new Date());
      buildMinutesDocument(input);
      return Promise.resolve(performance.now() - start);
    });
    const page = await openAppPage(session);
    await page.evaluate(installTabOpener);
    const meetingId = session.network.largeMeetingId;
    const invited = input.meeting.invitedOrganizationIds.length;
    const open =
      (tab: RecordTab) =>
      async (run: number): Promise<number> => {
        await leaveMeeting(page);
        const profile = profileFile(session.root, `meeting.${tab}`, run);
        return withCpuProfile(page, profile, () =>
          page.evaluate(
            ({ id, which, members }) => {
              if (!globalThis.regiaOpenMeetingTab)
                throw new Error('The tab opener is not installed.');
              return globalThis.regiaOpenMeetingTab(id, which, members);
            },
            { id: meetingId, which: tab, members: largeMeeting.attendances },
          ),
        );
      };
    const live = await repeat(session, 'meeting live tab', open('live'));
    const minutes = await repeat(session, 'meeting minutes tab', open('minutes'));
    return {
      samples: { 'meeting.model': model, 'meeting.live': live, 'meeting.minutes': minutes },
      notes: {
        'meeting.model': `${input.items.length} items, ${input.attendances.length} attendances, ${input.meeting.invitedOrganizationIds.length} invited of ${input.memberships.length} members`,
        'meeting.live': `from the route change to the frame after the quorum line and the ${invited} invited bodies' attendance rows are drawn`,
        'meeting.minutes':
          'from the route change to the frame after the verbale states who is present',
      },
    };
  },
};
