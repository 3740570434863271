import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import packageJson from '../../package.json' with { type: 'json' };
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';
import { appTreeshake, englishOnDemand } from '../../vite.config';

const root = new URL('../..', import.meta.url).pathname;
/** The runner names the folder after its port, so bench runs on different ports never share a build. */
const outDir = process.env.REGIA_BENCH_OUT_DIR ?? 'dist/bench-host';

/**
 * The web host of `npm run bench`: the app and the bench page built together and served from
 * one origin, so the bench page seeds the very IndexedDB database the app then opens. Same
 * plugins, version define and security headers as the app's own build (vite.config.ts).
 */
export default defineConfig({
  root,
  base: './',
  plugins: [react(), englishOnDemand()],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 8000,
    rolldownOptions: {
      treeshake: appTreeshake,
      input: {
        app: `${root}renderer/index.html`,
        bench: `${root}test/bench/browser/index.html`,
      },
    },
  },
  preview: {
    headers: {
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
});
