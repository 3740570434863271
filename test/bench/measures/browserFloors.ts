import { Buffer } from 'node:buffer';
import type { ActionStatus } from '../../../shared/domain';
import type { ActionsQuery } from '../benchApi';
import type { MeasureGroup } from '../runner/measure';
import { repeat } from '../runner/measure';

/** The status the filter measures select: the commonest open one. */
export const filteredStatus: ActionStatus = 'inCorso';

/** The floors taken in Chromium: SheetJS, a raw IndexedDB write, a cursor scan, an indexed query. */
export const browserFloors: MeasureGroup = {
  name: 'floors in Chromium',
  measures: [
    {
      id: 'floor.sheetjs-read.chromium',
      title: 'floor: SheetJS read + sheet_to_json, 20,000 rows × 12',
      host: 'chromium',
      unit: 'ms',
      targets: [],
    },
    {
      id: 'floor.idb-put',
      title: 'floor: raw IndexedDB put, 20,000 actions, one transaction',
      host: 'chromium',
      unit: 'ms',
      targets: [],
    },
    {
      id: 'floor.cursor-scan',
      title: 'floor: IndexedDB cursor scan of 50,000 actions',
      host: 'chromium',
      unit: 'ms',
      targets: [],
    },
    {
      id: 'floor.dexie-indexed',
      title: 'floor: Dexie where([networkId+status]).equals()',
      host: 'chromium',
      unit: 'ms',
      targets: [],
    },
  ],
  run: async (session) => {
    const page = await session.benchPage();
    const base64 = Buffer.from(session.workbooks.partner.bytes).toString('base64');
    let sent = false;
    let parsedRows = 0;
    const read = await repeat(session, 'SheetJS read (Chromium)', async () => {
      const timing = await page.evaluate(
        ([payload]) => {
          if (!globalThis.regiaBench) throw new Error('The bench page did not install its API.');
          return globalThis.regiaBench.sheetjsRead('partner', payload);
        },
        [sent ? null : base64] as const,
      );
      sent = true;
      parsedRows = timing.count;
      return timing.ms;
    });
    const rowCount = session.workbooks.partner.rows.length - 1;
    const put = await repeat(session, 'raw IndexedDB put', async () => {
      const timing = await page.evaluate((count) => {
        if (!globalThis.regiaBench) throw new Error('The bench page did not install its API.');
        return globalThis.regiaBench.rawIndexedDbPut(count);
      }, rowCount);
      if (timing.count !== rowCount) {
        throw new Error(`The raw write put ${timing.count} rows instead of ${rowCount}.`);
      }
      return timing.ms;
    });
    const query: ActionsQuery = {
      networkId: session.seed.mainNetworkId,
      today: session.today,
      status: filteredStatus,
      ownerOrganizationId: null,
    };
    const counts = new Set<number>();
    const scan = await repeat(session, 'cursor scan', async () => {
      const timing = await page.evaluate((actionsQuery) => {
        if (!globalThis.regiaBench) throw new Error('The bench page did not install its API.');
        return globalThis.regiaBench.cursorScan(actionsQuery);
      }, query);
      counts.add(timing.count);
      return timing.ms;
    });
    const indexed = await repeat(session, 'Dexie indexed query', async () => {
      const timing = await page.evaluate((actionsQuery) => {
        if (!globalThis.regiaBench) throw new Error('The bench page did not install its API.');
        return globalThis.regiaBench.dexieIndexedQuery(actionsQuery);
      }, query);
      counts.add(timing.count);
      return timing.ms;
    });
    if (counts.size !== 1) {
      throw new Error(
        `The cursor scan and the indexed query disagree: ${[...counts].join(' vs ')}.`,
      );
    }
    const matches = [...counts][0] ?? 0;
    const selection = `${matches.toLocaleString('en')} "${filteredStatus}" actions of the main network`;
    return {
      samples: {
        'floor.sheetjs-read.chromium': read,
        'floor.idb-put': put,
        'floor.cursor-scan': scan,
        'floor.dexie-indexed': indexed,
      },
      notes: {
        'floor.sheetjs-read.chromium': `${parsedRows.toLocaleString('en')} rows`,
        'floor.idb-put': 'strict durability, as the app writes',
        'floor.cursor-scan': `finds ${selection}`,
        'floor.dexie-indexed': `finds the same ${selection}`,
      },
    };
  },
};
