import type { Page } from '@playwright/test';
import type { ReturnsDayTiming } from '../benchApi';
import { openAppPage } from '../runner/appPage';
import { profileFile, withCpuProfile } from '../runner/cpuProfile';
import type { BenchSession, GroupResult, MeasureGroup } from '../runner/measure';
import { repeat } from '../runner/measure';
import { summarize } from '../runner/statistics';
import { partnersByActions } from './partners';

/** Workbooks returned on the day, and the changed actions in each. */
const workbooks = 60;
const rowsEach = 80;

/** Imports of the warm-up, without safety copy: the reader's worker and the import code warmed. */
const warmUpWorkbooks = 3;

/**
 * Measured days after the warm-up: a day is about a minute of imports plus the day's full
 * backup, so one, whatever `--runs` asks; its sixty imports give the per-workbook figures.
 */
const days = 1;

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/**
 * The app open on Scambio fogli, where a person imports the day's workbooks: its live reads (the
 * exchange history, the partners) follow every import, as they would for that person, whatever
 * page an earlier measure left open. The bench page, which runs the imports, then comes in front.
 */
async function openExchangePage(session: BenchSession): Promise<Page> {
  const app = await openAppPage(session);
  await app.evaluate(() => {
    location.hash = '#/scambio';
  });
  await app.getByRole('heading', { level: 1, name: 'Scambio fogli' }).waitFor({ timeout: 120_000 });
  await app
    .locator('[data-testid="exchange-partners"] tbody tr')
    .first()
    .waitFor({ timeout: 120_000 });
  return app;
}

/**
 * A returns day at the large scale: sixty partners' returned workbooks of ~80 changed actions
 * each, imported one after another through the exchange page's path (read in the worker, merged,
 * safety copy, applied in one audited transaction), the first of the day writing the day's copy
 * (incremental on the week's full copy) as the app does; then the copy holding the whole day's
 * changes (`backup.delta`). The partners are the sixty after the one of the 20,000-row import.
 */
export const returnsDay: MeasureGroup = {
  name: 'returns day',
  measures: [
    {
      id: 'returns.day-60',
      title: 'returns day: 60 partner workbooks of ~80 changed rows imported back to back',
      host: 'chromium',
      unit: 'ms',
      targets: [{ kind: 'below', limit: 60_000, statistic: 'median', text: '< 60 s in all' }],
    },
    {
      id: 'returns.workbook-80',
      title: 'returns day: one workbook of ~80 changed rows, read to applied, safety copy included',
      host: 'chromium',
      unit: 'ms',
      targets: [],
    },
    {
      id: 'returns.safety-copy',
      title:
        'returns day: the day’s copy, written before its first import (incremental on the week’s full copy)',
      host: 'chromium',
      unit: 'ms',
      targets: [],
    },
    {
      id: 'backup.delta',
      title: 'incremental copy after a returns day (every change of its 60 imports), in the worker',
      host: 'chromium',
      unit: 'ms',
      targets: [{ kind: 'below', limit: 8_000, statistic: 'median', text: '< 8 s' }],
    },
    {
      id: 'backup.delta-size',
      title: 'incremental copy after a returns day: file size',
      host: 'chromium',
      unit: 'MB',
      targets: [],
    },
    {
      id: 'backup.full-in-worker',
      title:
        'the week’s full copy the day builds on, in the worker (written before the day, untimed in it)',
      host: 'chromium',
      unit: 'ms',
      targets: [],
    },
  ],
  run: async (session): Promise<GroupResult> => {
    const partnerIds = partnersByActions(session).slice(1, workbooks + 1);
    if (partnerIds.length < workbooks) {
      throw new Error(`The main network has ${partnerIds.length + 1} partners with actions.`);
    }
    await openExchangePage(session);
    const page = await session.benchPage();
    await page.bringToFront();
    session.log(`returns day: exporting ${workbooks} partners' workbooks…`);
    const prepared = await page.evaluate(
      (request) => {
        if (!globalThis.regiaBench) throw new Error('The bench page did not install its API.');
        return globalThis.regiaBench.prepareReturnsDay(request);
      },
      { networkId: session.seed.mainNetworkId, partnerIds, rowsEach, today: session.today },
    );
    if (prepared.rows.some((rows) => rows !== rowsEach)) {
      throw new Error(`The workbooks hold ${prepared.rows.join(', ')} action rows.`);
    }
    const measured: ReturnsDayTiming[] = [];
    const totals = await repeat(
      session,
      'returns day',
      async (run) => {
        const timing = await withCpuProfile(
          page,
          profileFile(session.root, 'returns.day-60', run),
          () =>
            page.evaluate(
              ([count, withSafetyCopy]) => {
                if (!globalThis.regiaBench)
                  throw new Error('The bench page did not install its API.');
                return globalThis.regiaBench.importReturnsDay(count, withSafetyCopy);
              },
              [run === 0 ? warmUpWorkbooks : workbooks, run > 0] as const,
            ),
        );
        const expected = (run === 0 ? warmUpWorkbooks : workbooks) * rowsEach;
        if (timing.actions !== expected) {
          throw new Error(`The day's imports updated ${timing.actions} actions, not ${expected}.`);
        }
        if (run > 0) measured.push(timing);
        return timing.ms;
      },
      days,
    );
    const perWorkbook = measured.flatMap((day) => day.workbookMs);
    const copies = measured.map((day) => Math.max(...day.safetyCopyMs));
    const last = measured.at(-1);
    const outcomes = Object.entries(last?.outcomes ?? {})
      .map(([outcome, count]) => `${count} ${outcome}`)
      .join(', ');
    const withoutCopy = measured.map((day) => day.ms - Math.max(...day.safetyCopyMs));
    const stages = measured.flatMap((day) => day.stages);
    const stage = (name: keyof (typeof stages)[number]): string =>
      `${Math.round(summarize(stages.map((timing) => timing[name])).median)} ms`;
    return {
      samples: {
        'returns.day-60': totals,
        'returns.workbook-80': perWorkbook,
        'returns.safety-copy': copies,
        'backup.delta': measured.map((day) => day.dayCopy.ms),
        'backup.delta-size': measured.map((day) => day.dayCopy.megabytes),
        'backup.full-in-worker': measured.map((day) => day.baseCopyMs),
      },
      notes: {
        'returns.day-60': `with the app open on Scambio fogli; ${workbooks} workbooks (${prepared.megabytes.toFixed(1)} MB in all), ${(last?.actions ?? 0).toLocaleString('en')} actions updated, each with a timeline entry and audit; without the day's copy ${seconds(summarize(withoutCopy).median)}; safety copies: ${outcomes}`,
        'returns.workbook-80': `each of the day's imports: read in the worker, merged, safety copy, applied (medians: read ${stage('parseMs')}, merge ${stage('mergeMs')}, apply ${stage('applyMs')}); the day's first carries the day's copy (${(last?.backupMb ?? 0).toFixed(1)} MB in the store with the week's full copy)`,
        'returns.safety-copy':
          'one copy a day (any import after it finds today’s copy), incremental on the week’s full copy; each import is an undoable batch',
        'backup.delta': `a ${last?.dayCopy.kind ?? '?'} copy: every record the day's audit trail names, whole, with the audit entries and settings; restored as the week's full copy plus this one`,
      },
    };
  },
};
