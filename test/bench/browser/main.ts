// The renderer's host globals (window.regia, __APP_VERSION__), which the exchange code reads.
import type {} from '../../../renderer/bridge/global';
import type { BenchApi } from '../benchApi';
import { actionsFilter } from './actionsFilter';
import {
  backupLarge,
  cursorReadEveryTable,
  pagedReadEveryTable,
  rawPutEveryTable,
  restoreLarge,
} from './backupRestore';
import {
  cursorScan,
  dexieIndexedQuery,
  rawIndexedDbPut,
  sheetjsRead,
  sheetjsReadWorkbook,
} from './floors';
import { mapOpen, mapPan } from './networkMap';
import { exportPartners, sheetjsWritePartners } from './partnerExport';
import { importPartnerReturn, preparePartnerReturn, rawWriteOfLastImport } from './partnerImport';
import { importReturnsDay, prepareReturnsDay } from './returnsDay';
import { importRoster } from './rosterImport';
import { seed } from './seed';

// The runner drives this page through page.evaluate; nothing here runs by itself.
globalThis.regiaBench = {
  seed,
  backupLarge,
  restoreLarge,
  cursorReadEveryTable,
  pagedReadEveryTable,
  rawPutEveryTable,
  sheetjsRead,
  rawIndexedDbPut,
  cursorScan,
  dexieIndexedQuery,
  actionsFilter,
  sheetjsReadWorkbook,
  preparePartnerReturn,
  importPartnerReturn,
  rawWriteOfLastImport,
  prepareReturnsDay,
  importReturnsDay,
  exportPartners,
  sheetjsWritePartners,
  importRoster,
  mapOpen,
  mapPan,
} satisfies BenchApi;
