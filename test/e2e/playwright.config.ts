import { defineConfig } from '@playwright/test';

// Not 4173, so a running `npm run web` never serves stale code to the tests. REGIA_E2E_PORT lets
// two runs share a machine: each builds into and serves its own folder.
const port = Number(process.env.REGIA_E2E_PORT ?? 4174);
const outDir = `dist/e2e-${port}`;

/** Debian's Chromium, never a downloaded browser; the flags keep it off the closed network. */
export const chromiumExecutable = process.env.REGIA_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

// One built web host serves every spec: `vite build` once, then `vite preview`. REGIA_E2E_REUSE_BUILD=1
// serves the folder an earlier run built, to time or rerun one spec without building again.
const build = process.env.REGIA_E2E_REUSE_BUILD ? '' : `npx vite build --outDir ../${outDir} && `;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  // One spec file at a time by default. Each test has its own browser context (its own
  // IndexedDB, downloads and LibreOffice profile), so REGIA_E2E_WORKERS=2 runs two files at once;
  // on a machine shared with other runs it only made each test slower and timed some out.
  workers: Number(process.env.REGIA_E2E_WORKERS ?? 1),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: `../../test-results/e2e-${port}.json` }]],
  outputDir: `../../test-results/e2e-${port}`,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
    locale: 'it-IT',
    timezoneId: 'Europe/Rome',
    acceptDownloads: true,
    // Recording a trace of every test, even to throw it away, doubled the runner's CPU time and
    // the wall time of a spec on a loaded 2-core machine: REGIA_E2E_TRACE=retain-on-failure turns
    // it back on to diagnose a failure (its error context and page snapshot are written anyway).
    trace: process.env.REGIA_E2E_TRACE === 'retain-on-failure' ? 'retain-on-failure' : 'off',
  },
  webServer: {
    command: `${build}npx vite preview --outDir ../${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
