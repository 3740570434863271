import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { EnvironmentSequencer } from './test/unit/environmentSequencer';
import { filesThatMockModules } from './test/unit/moduleMocks';

const unitTests = ['test/unit/**/*.test.{ts,tsx}'];
const mockingTests = filesThatMockModules(import.meta.dirname, 'test/unit');

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
    // The files of one environment (node, jsdom) run one after another: a worker is reused only
    // for a file of the same environment, so files in a mixed order restarted it at each switch.
    sequence: { sequencer: EnvironmentSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: unitTests,
          exclude: mockingTests,
          // Test files share the modules a worker has already imported (Dexie, React, Mantine,
          // zod…) instead of importing them again for each of ~270 files: 40% less CPU. Each
          // file still gets its own set-up, and test databases are named uniquely
          // (testDatabase.ts). Forks, not threads: the time-zone tests change process.env.TZ,
          // which a thread cannot.
          isolate: false,
        },
      },
      {
        extends: true,
        // Files that replace a module with vi.mock get a fresh module registry each (moduleMocks.ts).
        test: { name: 'unit-mocking', include: mockingTests, isolate: true },
      },
    ],
  },
});
