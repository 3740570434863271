// `npm test`: typecheck, lint, Electronegativity, unit tests, end-to-end tests in Chromium and the Electron test,
// each run even when an earlier one failed, then one summary line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const results = path.join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const rows = [];

function run(name, command, args) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const outcome = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: outcome.status === 0, seconds };
}

function check(name, command, args) {
  const { ok, seconds } = run(name, command, args);
  rows.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function vitest() {
  const output = path.join(results, 'unit.json');
  const { ok, seconds } = run('unit tests (vitest)', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${output}`,
  ]);
  const report = readJson(output);
  const passed = report?.numPassedTests ?? 0;
  const failed = (report?.numFailedTests ?? 0) || (ok ? 0 : 1);
  rows.push({ name: 'unit tests', passed, failed, skipped: report?.numPendingTests ?? 0, seconds });
}

function playwright(name, config, output) {
  const { ok, seconds } = run(name, 'npx', ['playwright', 'test', '--config', config]);
  const stats = readJson(path.join(results, output))?.stats;
  const passed = (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  const failed = (stats?.unexpected ?? 0) || (ok ? 0 : 1);
  rows.push({ name, passed, failed, skipped: stats?.skipped ?? 0, seconds });
}

check('typecheck shared', 'npx', ['tsc', '-p', 'shared']);
check('typecheck main', 'npx', ['tsc', '-p', 'main']);
check('typecheck renderer', 'npx', ['tsc', '-p', 'renderer']);
check('typecheck test', 'npx', ['tsc', '-p', 'test']);
check('lint (eslint)', 'npx', ['eslint', '.']);
check('format (prettier)', 'npx', ['prettier', '--check', '.']);
check('security scan (Electronegativity)', 'node', ['test/security/electronegativity.mjs']);
vitest();
playwright(
  'end-to-end (Chromium)',
  'test/e2e/playwright.config.ts',
  `e2e-${process.env.REGIA_E2E_PORT ?? 4174}.json`,
);
if (existsSync(path.join(root, 'test/electron/playwright.config.ts'))) {
  playwright('Electron', 'test/electron/playwright.config.ts', 'electron.json');
}

const total = (key) => rows.reduce((sum, row) => sum + row[key], 0);
console.log('\nSummary');
for (const row of rows) {
  const skipped = row.skipped ? `, ${row.skipped} skipped` : '';
  console.log(
    `  ${row.failed ? '✗' : '✓'} ${row.name}: ${row.passed} passed, ${row.failed} failed${skipped} (${row.seconds} s)`,
  );
}
console.log(`${total('passed')} passed, ${total('failed')} failed`);
process.exit(total('failed') > 0 ? 1 : 0);
