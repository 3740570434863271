import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root, where `npm run build` runs and Electron starts the app. */
export const repositoryRoot = path.resolve(import.meta.dirname, '..', '..');

/** Why the Electron test does not run here, printed once when it is skipped. */
export const missingBinaryReason =
  'no Electron binary is installed on this machine (it is downloaded from GitHub on first use)';

/** The path of the Electron executable, or null when no binary is installed. */
export function findElectronBinary(): string | null {
  // require('electron') runs in a child process because, when the binary is missing, it tries a
  // download and prints the failure on this process's stdout and stderr.
  const probe = spawnSync(
    process.execPath,
    ['-e', "process.stdout.write('\\n' + require('electron'))"],
    { cwd: repositoryRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const binary = probe.status === 0 ? probe.stdout.trim().split('\n').at(-1) : undefined;
  return binary && existsSync(binary) ? binary : null;
}
