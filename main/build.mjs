// Bundles the Electron main process and its preload into dist/main. The preload must be one
// self-contained file, because a sandboxed preload can require nothing but Electron's modules.
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');

await build({
  absWorkingDir: root,
  entryPoints: {
    index: 'main/index.ts',
    preload: 'main/preload.ts',
    spreadsheetProcess: 'main/exchange/spreadsheetProcess.ts',
  },
  outdir: 'dist/main',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
});
