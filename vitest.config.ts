import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { filesThatNeedTheirOwnWorker } from './test/unit/ownWorkerFiles';

const unitTests = ['test/unit/**/*.test.{ts,tsx}'];
const ownWorkerTests = filesThatNeedTheirOwnWorker(import.meta.dirname, 'test/unit');
// npm test runs the unit tests at the lowest CPU priority beside the browser tests (test/run.mjs),
// where a test may wait seconds for the CPU Chromium is using: there the default timeouts are longer
// (Testing Library's too, in setup.ts). A test that sets its own timeout keeps it.
const besideBrowser = Boolean(process.env.REGIA_UNIT_BESIDE_BROWSER);

export default defineConfig({
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    setupFiles: ['test/unit/setup.ts'],
    environment: 'node',
    testTimeout: besideBrowser ? 60_000 : 20_000,
    hookTimeout: besideBrowser ? 60_000 : 10_000,
    // The default leaves a core to the main process, which has little to do once the modules are
    // transformed: the unit tests run alone, so use both cores.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: unitTests,
          exclude: ownWorkerTests,
          // Test files share the modules a worker has already imported (Dexie, zod, SheetJS…)
          // instead of importing them again for each file: 40% less CPU. Test databases are named
          // uniquely (testDatabase.ts). Forks, not threads: the time-zone tests change
          // process.env.TZ, which a thread cannot. These files are all node ones: vitest reuses a
          // worker only for a file of the same environment, and jsdom files among them ended
          // the worker at each switch, its modules imported again by the next.
          isolate: false,
        },
      },
      {
        extends: true,
        // Files that vi.mock a module or run in jsdom, each in a fresh worker (ownWorkerFiles.ts).
        test: { name: 'unit-own-worker', include: ownWorkerTests, isolate: true },
      },
    ],
  },
});
