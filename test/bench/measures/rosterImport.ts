import { Buffer } from 'node:buffer';
import type { RosterImportTiming } from '../benchApi';
import { profileFile, withCpuProfile } from '../runner/cpuProfile';
import type { GroupResult, MeasureGroup } from '../runner/measure';
import { repeat } from '../runner/measure';
import { summarize } from '../runner/statistics';

const ms = (values: readonly number[]): string =>
  `${Math.round(summarize(values).median).toLocaleString('en')} ms`;

/**
 * The 5,000-row roster workbook through the exchange page's table import (read, mapping
 * suggested, rows checked, planned against every organization and contact, applied), into
 * a new network, so that every run creates the same 5,000 memberships.
 */
export const rosterImport: MeasureGroup = {
  name: 'roster table import',
  measures: [
    {
      id: 'roster.import-5000',
      title: 'roster table import, 5,000 rows into a new network',
      host: 'chromium',
      unit: 'ms',
      // Issue 20's target for a quiet machine.
      targets: [{ kind: 'below', limit: 3_000, statistic: 'median', text: '< 3 s' }],
    },
  ],
  run: async (session): Promise<GroupResult> => {
    const page = await session.benchPage();
    const base64 = Buffer.from(session.workbooks.roster.bytes).toString('base64');
    let sent = false;
    const runs: RosterImportTiming[] = [];
    const samples = await repeat(session, 'roster table import', async (run) => {
      const profile = profileFile(session.root, 'roster.import-5000', run);
      const timing = await withCpuProfile(page, profile, () =>
        page.evaluate(
          ([networkId, payload]) => {
            if (!globalThis.regiaBench) throw new Error('The bench page did not install its API.');
            return globalThis.regiaBench.importRoster(networkId, payload);
          },
          [session.seed.mainNetworkId, sent ? null : base64] as const,
        ),
      );
      sent = true;
      if (timing.rows !== session.workbooks.roster.rows.length - 1) {
        throw new Error(`The table import read ${timing.rows} rows of the roster workbook.`);
      }
      if (run > 0) runs.push(timing);
      return timing.ms;
    });
    const last = runs.at(-1);
    const what = last
      ? `${last.rows.toLocaleString('en')} rows (${last.invalidRows} refused), ${last.linked.toLocaleString('en')} organizations linked to existing ones, ${last.organizations} created, ${last.memberships.toLocaleString('en')} memberships and ${last.contacts} contacts created`
      : '';
    return {
      samples: { 'roster.import-5000': samples },
      notes: {
        'roster.import-5000': `medians: read in the worker ${ms(runs.map((run) => run.parseMs))}, rows and plan ${ms(runs.map((run) => run.planMs))}, apply ${ms(runs.map((run) => run.applyMs))}; ${what}; the automatic backup before applying is not included`,
      },
    };
  },
};
