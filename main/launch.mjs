// `npm start`: runs the built app in Electron, or explains why it cannot on this machine.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** The path of the Electron executable, or null when it is not installed. */
function findElectronBinary() {
  // require('electron') in a child process: when the binary is missing it tries to download
  // it and prints the failure, which would bury the explanation below.
  const probe = spawnSync(
    process.execPath,
    ['-e', "process.stdout.write('\\n' + require('electron'))"],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const binary = probe.status === 0 ? probe.stdout.trim().split('\n').at(-1) : undefined;
  return binary && existsSync(binary) ? binary : null;
}

const binary = findElectronBinary();
if (!binary) {
  console.error(
    'Regia: il programma Electron non è installato su questa macchina (viene scaricato da GitHub ' +
      'al primo avvio, e questa macchina non può raggiungerlo). Usa `npm run web` per aprire Regia ' +
      'nel browser su http://127.0.0.1:4173. / The Electron binary is not installed on this ' +
      'machine (it is downloaded from GitHub the first time, which this machine cannot reach). ' +
      'Use `npm run web` to use Regia in the browser at http://127.0.0.1:4173.',
  );
  process.exit(1);
}

const environment = { ...process.env };
// Inherited from some shells and tools, it would make Electron run as plain Node.
delete environment.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [root], { cwd: root, stdio: 'inherit', env: environment });
child.on('error', (error) => {
  console.error(`Regia: Electron non si è avviato / Electron did not start: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
