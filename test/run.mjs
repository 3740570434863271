// `npm test`: typecheck, lint, Electronegativity, unit tests, end-to-end tests in Chromium and the Electron test,
// each run even when an earlier one failed, then one summary line: "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const results = path.join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const rows = [];
/** What each failed step printed last, repeated just before the summary, where a log cut to its
 * tail (as CI's is) still shows why it failed. */
const failureTails = [];
const tailLines = 60;

function keepTail(name, text) {
  const lines = text.trimEnd().split('\n');
  failureTails.push({ name, text: lines.slice(-tailLines).join('\n') });
}

function run(name, command, args) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const outcome = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: outcome.status === 0, seconds };
}

/** Runs one check with its output held back, then prints the output in one piece. */
function runQuietly(name, command, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: process.env });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`\n▶ ${name}: ${command} ${args.join(' ')} (${seconds} s)`);
      const text = Buffer.concat(output);
      process.stdout.write(text);
      if (status !== 0) keepTail(name, text.toString('utf8'));
      resolve({ ok: status === 0, seconds });
    });
  });
}

/**
 * The static checks are single-threaded: they run as many at a time as there are cores, longest
 * first, and are reported in the order listed.
 */
async function staticChecks(checks) {
  const outcomes = new Map();
  const queue = [...checks].sort((a, b) => b.weight - a.weight);
  const slots = Math.max(1, Math.min(availableParallelism(), queue.length));
  await Promise.all(
    Array.from({ length: slots }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        outcomes.set(next.name, await runQuietly(next.name, next.command, next.args));
      }
    }),
  );
  for (const { name } of checks) {
    const { ok, seconds } = outcomes.get(name);
    rows.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds });
  }
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
  if (failed) keepTail('unit tests', failedUnitTests(report));
  rows.push({ name: 'unit tests', passed, failed, skipped: report?.numPendingTests ?? 0, seconds });
}

/** The failed unit tests of vitest's JSON report, each with the first lines of its message. */
function failedUnitTests(report) {
  if (!report) return 'vitest wrote no report: see its output above.';
  const lines = [];
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    if (failedTests.length === 0 && file.status === 'failed') {
      lines.push(`${path.relative(root, file.name)}: ${String(file.message ?? '').slice(0, 400)}`);
    }
    for (const test of failedTests) {
      lines.push(`${path.relative(root, file.name)} › ${test.fullName}`);
      const message = (test.failureMessages ?? []).join('\n').split('\n').slice(0, 6);
      lines.push(...message.map((line) => `    ${line}`));
    }
  }
  return lines.join('\n');
}

function playwright(name, config, output) {
  const { ok, seconds } = run(name, 'npx', ['playwright', 'test', '--config', config]);
  const stats = readJson(path.join(results, output))?.stats;
  const passed = (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  const failed = (stats?.unexpected ?? 0) || (ok ? 0 : 1);
  rows.push({ name, passed, failed, skipped: stats?.skipped ?? 0, seconds });
}

// Weights: CPU seconds measured on a 2-core machine, to start the longest first.
await staticChecks([
  { name: 'typecheck shared', command: 'npx', args: ['tsc', '-p', 'shared'], weight: 10 },
  { name: 'typecheck main', command: 'npx', args: ['tsc', '-p', 'main'], weight: 7 },
  { name: 'typecheck renderer', command: 'npx', args: ['tsc', '-p', 'renderer'], weight: 25 },
  { name: 'typecheck test', command: 'npx', args: ['tsc', '-p', 'test'], weight: 33 },
  { name: 'lint (eslint)', command: 'npx', args: ['eslint', '.'], weight: 90 },
  { name: 'format (prettier)', command: 'npx', args: ['prettier', '--check', '.'], weight: 15 },
  {
    name: 'security scan (Electronegativity)',
    command: 'node',
    args: ['test/security/electronegativity.mjs'],
    weight: 12,
  },
]);
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
for (const { name, text } of failureTails) {
  console.log(`\nFailed: ${name} (its last ${tailLines} lines at most)\n${text}`);
}
console.log('\nSummary');
for (const row of rows) {
  const skipped = row.skipped ? `, ${row.skipped} skipped` : '';
  console.log(
    `  ${row.failed ? '✗' : '✓'} ${row.name}: ${row.passed} passed, ${row.failed} failed${skipped} (${row.seconds} s)`,
  );
}
console.log(`${total('passed')} passed, ${total('failed')} failed`);
process.exit(total('failed') > 0 ? 1 : 0);
