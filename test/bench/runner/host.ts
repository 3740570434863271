import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const configFile = 'test/bench/vite.bench.config.ts';
/** Where the bench host of a run on `port` is built: one folder per port, so runs never collide. */
export function benchHostFolder(port: number): string {
  return `dist/bench-host-${port}`;
}

/** Vite's environment: quiet about its config loader (a next-major concern), and the build folder. */
function viteEnvironment(port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
    REGIA_BENCH_OUT_DIR: benchHostFolder(port),
  };
}

function viteBin(root: string): string {
  return path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
}

/** Builds the app and the bench page into dist/bench-host-<port>; throws with Vite's output on failure. */
export function buildBenchHost(root: string, port: number): void {
  const outcome = spawnSync(process.execPath, [viteBin(root), 'build', '--config', configFile], {
    cwd: root,
    env: viteEnvironment(port),
    encoding: 'utf8',
  });
  if (outcome.status !== 0) {
    throw new Error(
      `Building the bench host failed (vite build --config ${configFile}):\n${outcome.stdout}${outcome.stderr}`,
    );
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A running `vite preview` of the bench host. */
export type PreviewServer = { url: string; stop: () => Promise<void> };

/** Serves dist/bench-host-<port> on 127.0.0.1:`port` and waits until it answers. */
export async function startPreview(root: string, port: number): Promise<PreviewServer> {
  if (!(await portIsFree(port))) {
    throw new Error(
      `Port ${port} is in use: another bench run or server holds it. Stop it, or set REGIA_BENCH_PORT.`,
    );
  }
  const args = ['preview', '--config', configFile, '--host', '127.0.0.1', '--port', String(port)];
  const server = spawn(process.execPath, [viteBin(root), ...args, '--strictPort'], {
    cwd: root,
    env: viteEnvironment(port),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`vite preview exited with code ${server.exitCode}:\n${output}`);
    }
    try {
      const response = await fetch(`${url}test/bench/browser/index.html`);
      if (response.ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`vite preview did not answer on ${url} within 30 s:\n${output}`);
}
