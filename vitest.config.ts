import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { filesThatNeedTheirOwnWorker } from './test/unit/ownWorkerFiles';

const unitTests = ['test/unit/**/*.test.{ts,tsx}'];
const ownWorkerTests = filesThatNeedTheirOwnWorker(import.meta.dirname, 'test/unit');

export default defineConfig({
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    setupFiles: ['test/unit/setup.ts'],
    environment: 'node',
    testTimeout: 20_000,
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
