// `npm run bench`: bundles the TypeScript runner (test/bench/runner) with esbuild, then runs it.
// Dependencies stay external, so the runner uses the project's own Playwright, SheetJS and Vite.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import esbuild from 'esbuild';

// The generator places dates around "today" in local time, in Node and in the page: both use
// the time zone the browser is launched with, so they generate the same rows at any hour.
process.env.TZ = 'Europe/Rome';

const root = path.resolve(import.meta.dirname, '../..');
const outfile = path.join(root, 'dist', 'bench-runner', 'main.mjs');

await esbuild.build({
  entryPoints: [path.join(root, 'test/bench/runner/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});

const { runBenchmarks } = await import(pathToFileURL(outfile).href);
try {
  process.exitCode = await runBenchmarks(root, process.argv.slice(2));
} catch (error) {
  console.error(
    `\nnpm run bench failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
}
