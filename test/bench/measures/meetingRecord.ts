import type { Page } from '@playwright/test';
import { largeMeeting } from '../data/buildMeetings';
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

async function leaveMeeting(page: Page): Promise<void> {
  await page.evaluate(() => {
    location.hash = '#/riunioni';
  });
  await page.getByRole('heading', { level: 1, name: 'Riunioni' }).waitFor({ timeout: 60_000 });
}

const underOneSecond = [
  { kind: 'below', limit: 1_000, statistic: 'median', text: '< 1 s' },
] as const satisfies MeasureGroup['measures'][number]['targets'];

/**
 * Opening the large meeting (40 agenda items, 60 members) on its live tab, where its record,
 * presence and quorum are built, and on its minutes tab, where the minutes model is built.
 */
export const meetingRecord: MeasureGroup = {
  name: 'meeting record',
  measures: [
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
    const context = session.context();
    const page = context.pages()[0] ?? (await context.newPage());
    if (!page.url().includes('/renderer/index.html')) {
      await page.goto(`${session.url}renderer/index.html`);
    }
    await page
      .getByRole('navigation', { name: 'Navigazione principale' })
      .waitFor({ timeout: 120_000 });
    await page.evaluate(installTabOpener);
    const meetingId = session.network.largeMeetingId;
    const open = (tab: RecordTab) => async (): Promise<number> => {
      await leaveMeeting(page);
      return page.evaluate(
        ({ id, which, members }) => {
          if (!globalThis.regiaOpenMeetingTab) throw new Error('The tab opener is not installed.');
          return globalThis.regiaOpenMeetingTab(id, which, members);
        },
        { id: meetingId, which: tab, members: largeMeeting.attendances },
      );
    };
    const live = await repeat(session, 'meeting live tab', open('live'));
    const minutes = await repeat(session, 'meeting minutes tab', open('minutes'));
    return {
      samples: { 'meeting.live': live, 'meeting.minutes': minutes },
      notes: {
        'meeting.live':
          'from the route change to the frame after the quorum line and every attendance row are drawn',
        'meeting.minutes':
          'from the route change to the frame after the verbale states who is present',
      },
    };
  },
};
