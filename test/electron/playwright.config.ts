import { defineConfig } from '@playwright/test';

// Runs only where an Electron binary exists; elsewhere the spec skips itself.
export default defineConfig({
  testDir: '.',
  globalSetup: './globalSetup.ts',
  workers: 1,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '../../test-results/electron.json' }]],
  outputDir: '../../test-results/electron',
});
