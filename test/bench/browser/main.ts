import type { BenchApi } from '../benchApi';
import { actionsFilter } from './actionsFilter';
import { cursorScan, dexieIndexedQuery, rawIndexedDbPut, sheetjsRead } from './floors';
import { seed } from './seed';

// The runner drives this page through page.evaluate; nothing here runs by itself.
globalThis.regiaBench = {
  seed,
  sheetjsRead,
  rawIndexedDbPut,
  cursorScan,
  dexieIndexedQuery,
  actionsFilter,
} satisfies BenchApi;
