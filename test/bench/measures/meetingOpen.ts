import { largeMeeting } from '../data/buildMeetings';
import { leaveMeeting, openAppPage } from '../runner/appPage';
import { profileFile, withCpuProfile } from '../runner/cpuProfile';
import type { BenchSession, GroupResult, MeasureGroup } from '../runner/measure';
import { repeat } from '../runner/measure';

declare global {
  /** Set by the meeting-open measure: resolves when the agenda shows every item. */
  var regiaOpenMeeting: ((meetingId: string, items: number) => Promise<number>) | undefined;
}

/**
 * In the page: goes to a meeting's route and times until its agenda lists every item and the
 * frame after that is drawn. A hash change is what a click on a meeting's link does.
 */
function installOpener(): void {
  globalThis.regiaOpenMeeting = (meetingId, items) =>
    new Promise((resolve, reject) => {
      const start = performance.now();
      const timeout = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`The meeting page did not list ${items} agenda items within 120 s.`));
      }, 120_000);
      const check = (): void => {
        if (document.querySelectorAll('[data-testid="agenda-item"]').length < items) return;
        observer.disconnect();
        clearTimeout(timeout);
        requestAnimationFrame(() => resolve(performance.now() - start));
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true });
      location.hash = `#/riunioni/seduta/${meetingId}`;
    });
}

/** Opening the meeting page of the large meeting (40 agenda items, 60 members present). */
export const meetingOpen: MeasureGroup = {
  name: 'meeting view',
  measures: [
    {
      id: 'meeting.open',
      title: 'open a meeting of 40 items and 60 members',
      host: 'chromium',
      unit: 'ms',
      // Issue 20's target for a quiet machine.
      targets: [{ kind: 'below', limit: 300, statistic: 'median', text: '< 0.3 s' }],
    },
  ],
  run: async (session: BenchSession): Promise<GroupResult> => {
    const page = await openAppPage(session);
    await page.evaluate(installOpener);
    const meetingId = session.network.largeMeetingId;
    const samples = await repeat(session, 'meeting open', async (run) => {
      await leaveMeeting(page);
      const profile = profileFile(session.root, 'meeting.open', run);
      return withCpuProfile(page, profile, () =>
        page.evaluate(
          ({ id, items }) => {
            if (!globalThis.regiaOpenMeeting)
              throw new Error('The meeting opener is not installed.');
            return globalThis.regiaOpenMeeting(id, items);
          },
          { id: meetingId, items: largeMeeting.agendaItems },
        ),
      );
    });
    return {
      samples: { 'meeting.open': samples },
      notes: {
        'meeting.open': 'from the route change to the frame after the 40th agenda item is drawn',
      },
    };
  },
};
