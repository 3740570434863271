// `npm test`: typecheck, lint, Electronegativity, unit tests, end-to-end tests in Chromium and the Electron test,
// each run even when an earlier one failed, then one summary line: "N passed, N failed".
//
// The phases overlap. One Chromium page and Playwright leave about a third of the two cores idle
// through the end-to-end phase, and a second Playwright worker only made each test slower, while
// the static checks and the unit tests fill both cores with work that has no page to wait for. So
// the end-to-end step (its `vite build`, then the specs) runs in the foreground at normal priority,
// its output live, and the static checks (two at a time, longest first) then vitest run beside it
// in the background at the lowest CPU priority, their output held back and printed in one piece
// when the foreground is done. Lowest priority means two things on Linux: `nice -n 19` on each
// process, and a session of its own whose autogroup is set to nice 19 — with autogroups on (the
// default), the scheduler first shares the CPU between sessions, and Playwright starts Chromium in
// a session of its own, so a nice value alone would only yield to the test runner, not to the
// browser. The background then takes only the CPU the browser leaves idle; once the browser tests
// end, what is left of it goes back to normal priority, and so does the background whenever vitest
// gets almost no CPU for 20 s (other sessions filling the machine: watchForStarvation). Beside the browser a
// unit test may wait for CPU, so vitest's and Testing Library's default timeouts are longer in this
// mode (REGIA_UNIT_BESIDE_BROWSER, read by vitest.config.ts and test/unit/setup.ts); a test that sets
// its own timeout keeps it.
// REGIA_TEST_SERIAL=1 runs the phases one after another, all at normal priority, as before.
import { spawn } from 'node:child_process';
import { availableParallelism, setPriority } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const results = path.join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const serial = Boolean(process.env.REGIA_TEST_SERIAL);
/** What each failed step printed last, repeated just before the summary, where a log cut to its
 * tail (as CI's is) still shows why it failed. */
const failureTails = [];
const tailLines = 60;
/** Background sessions (each one process group) still running, ended with npm test if it is
 * interrupted. */
const backgroundGroups = new Set();
/** Set once the background runs at normal priority: the browser tests ended, or it was starved. */
let foregroundDone = false;

function keepTail(name, text) {
  const lines = text.trimEnd().split('\n');
  failureTails.push({ name, text: lines.slice(-tailLines).join('\n') });
}

function secondsSince(started) {
  return ((Date.now() - started) / 1000).toFixed(1);
}

/** Runs a step in the foreground with its output live. */
function runLive(name, command, args) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: process.env });
    child.on('close', (status) => resolve({ ok: status === 0, seconds: secondsSince(started) }));
  });
}

// The background's own session (detached) gets its autogroup set to nice 19 before the command
// starts, and every process it starts inherits nice 19. Linux lets a user change an autogroup's nice
// value once per 0.1 s only, hence the retries; where autogroups are off there is no file to write
// and nice alone orders the processes.
const lowestPriority = [
  'for attempt in 1 2 3 4 5 6 7 8 9 10; do',
  '{ echo 19 > /proc/self/autogroup; } 2>/dev/null && break;',
  '[ -e /proc/self/autogroup ] || break; sleep 0.2;',
  'done; exec nice -n 19 "$0" "$@"',
].join(' ');

/** Runs a step with its output held back, at the lowest priority unless the run is serial; the
 * output is kept for printing in one piece. */
function runHeldBack(name, command, args, env = process.env) {
  const started = Date.now();
  return new Promise((resolve) => {
    const lowered = !serial && !foregroundDone;
    const child = lowered
      ? spawn('sh', ['-c', lowestPriority, command, ...args], { cwd: root, env, detached: true })
      : spawn(command, args, { cwd: root, env });
    if (lowered) backgroundGroups.add(child.pid);
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => {
      backgroundGroups.delete(child.pid);
      const seconds = secondsSince(started);
      const heading = `\n▶ ${name}: ${command} ${args.join(' ')} (${seconds} s)`;
      resolve({ ok: status === 0, seconds, heading, text: Buffer.concat(output).toString('utf8') });
    });
  });
}

/** The processes of a session, read from /proc (empty where there is none). */
function sessionMembers(session) {
  try {
    return readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          // After the command's name in brackets: state, parent, process group, session.
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[3]) === session;
        } catch {
          return false;
        }
      })
      .map(Number);
  } catch {
    return [];
  }
}

/**
 * Once the browser tests end, what is left of the background runs at normal priority: on a machine
 * shared with other sessions it would otherwise get almost no CPU. Anyone may raise an autogroup
 * back to nice 0; a process's own nice value only root may lower, so that is tried and may fail
 * (it matters only where autogroups are off). Steps that start later start at normal priority.
 */
async function raiseBackground() {
  foregroundDone = true;
  for (const session of backgroundGroups) {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      try {
        writeFileSync(`/proc/${session}/autogroup`, '0');
        break;
      } catch (error) {
        // EAGAIN: another autogroup was changed less than 0.1 s ago. Anything else: no autogroup.
        if (error.code !== 'EAGAIN') break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    for (const pid of sessionMembers(session)) {
      try {
        setPriority(pid, 0);
      } catch {
        // Not root: the process keeps nice 19.
      }
    }
  }
}

/** The CPU seconds a session's live processes and the children they waited for have used. */
function sessionCpuSeconds(session) {
  let ticks = 0;
  for (const pid of sessionMembers(session)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime, stime, cutime, cstime, in clock ticks (100 a second on Linux).
      ticks += fields.slice(11, 15).reduce((sum, value) => sum + Number(value), 0);
    } catch {
      // Ended meanwhile.
    }
  }
  return ticks / 100;
}

const watchSeconds = 5;
const starvedLimitSeconds = 20;
/**
 * Watches the unit tests while they run beside the browser. Our browser leaves idle CPU every few
 * seconds; when the machine is full of other sessions' work instead, a nice-19 vitest would get
 * none for minutes and its timeouts (its workers must start within 60 s) would fail it. So after
 * 20 s with less than 5% of a core, the background goes back to normal priority: the browser tests
 * then share the CPU with it, as they did when the phases ran one after another.
 */
function watchForStarvation() {
  let used = 0;
  let starvedFor = 0;
  const timer = setInterval(() => {
    if (foregroundDone) return clearInterval(timer);
    const now = [...backgroundGroups].reduce((sum, group) => sum + sessionCpuSeconds(group), 0);
    starvedFor = now - used < 0.05 * watchSeconds ? starvedFor + watchSeconds : 0;
    used = now;
    if (starvedFor < starvedLimitSeconds) return undefined;
    clearInterval(timer);
    console.log('\n(Other work fills the machine: the unit tests go on at normal priority.)');
    return raiseBackground();
  }, watchSeconds * 1000);
  return () => clearInterval(timer);
}

function endBackground(signal) {
  for (const group of backgroundGroups) {
    try {
      process.kill(-group, 'SIGTERM');
    } catch {
      // Already ended.
    }
  }
  process.exit(signal === 'SIGINT' ? 130 : 143);
}
process.on('SIGINT', endBackground);
process.on('SIGTERM', endBackground);

/** Prints a held-back step's output and keeps its tail if it failed. */
function report(name, outcome) {
  console.log(outcome.heading);
  process.stdout.write(outcome.text);
  if (!outcome.ok) keepTail(name, outcome.text);
}

/**
 * The static checks are single-threaded: they run as many at a time as there are cores, longest
 * first. Resolves to their rows in the order listed, and prints their output in that order.
 */
async function staticChecks(checks) {
  const outcomes = new Map();
  const queue = [...checks].sort((a, b) => b.weight - a.weight);
  const slots = Math.max(1, Math.min(availableParallelism(), queue.length));
  await Promise.all(
    Array.from({ length: slots }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        outcomes.set(next.name, await runHeldBack(next.name, next.command, next.args));
      }
    }),
  );
  return checks.map(({ name }) => {
    const outcome = outcomes.get(name);
    const print = () => report(name, outcome);
    const { ok, seconds } = outcome;
    return { print, row: { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds } };
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

async function vitest() {
  const output = path.join(results, 'unit.json');
  // Beside the browser a test may wait for the CPU: vitest.config.ts gives it longer timeouts.
  const env = serial ? process.env : { ...process.env, REGIA_UNIT_BESIDE_BROWSER: '1' };
  const unwatch = serial ? () => undefined : watchForStarvation();
  const outcome = await runHeldBack(
    'unit tests (vitest)',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${output}`],
    env,
  );
  unwatch();
  const report = readJson(output);
  const passed = report?.numPassedTests ?? 0;
  const failed = (report?.numFailedTests ?? 0) || (outcome.ok ? 0 : 1);
  const print = () => {
    console.log(outcome.heading);
    process.stdout.write(outcome.text);
    if (failed) keepTail('unit tests', failedUnitTests(report));
  };
  const skipped = report?.numPendingTests ?? 0;
  return { print, row: { name: 'unit tests', passed, failed, skipped, seconds: outcome.seconds } };
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

async function playwright(name, config, output) {
  const { ok, seconds } = await runLive(name, 'npx', ['playwright', 'test', '--config', config]);
  const stats = readJson(path.join(results, output))?.stats;
  const passed = (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  const failed = (stats?.unexpected ?? 0) || (ok ? 0 : 1);
  return { name, passed, failed, skipped: stats?.skipped ?? 0, seconds };
}

/** The static checks then the unit tests, each step's output held back. */
async function checksAndUnitTests() {
  // Weights: CPU seconds measured on a 2-core machine, to start the longest first.
  const checks = await staticChecks([
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
  return [...checks, await vitest()];
}

/** The browser tests, in the foreground. */
async function browserTests() {
  const port = process.env.REGIA_E2E_PORT ?? 4174;
  const rows = [
    await playwright('end-to-end (Chromium)', 'test/e2e/playwright.config.ts', `e2e-${port}.json`),
  ];
  if (existsSync(path.join(root, 'test/electron/playwright.config.ts'))) {
    rows.push(await playwright('Electron', 'test/electron/playwright.config.ts', 'electron.json'));
  }
  return rows;
}

const started = Date.now();
let heldBack;
let browserRows;
if (serial) {
  heldBack = await checksAndUnitTests();
  for (const { print } of heldBack) print();
  browserRows = await browserTests();
} else {
  const background = checksAndUnitTests();
  browserRows = await browserTests();
  await raiseBackground();
  const waited = Date.now();
  heldBack = await background;
  console.log(
    `\nThe static checks and unit tests ran beside them (waited ${secondsSince(waited)} s more).`,
  );
  for (const { print } of heldBack) print();
}
const rows = [...heldBack.map(({ row }) => row), ...browserRows];

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
console.log(`  whole run: ${secondsSince(started)} s`);
console.log(`${total('passed')} passed, ${total('failed')} failed`);
process.exit(total('failed') > 0 ? 1 : 0);
