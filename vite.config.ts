import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import packageJson from './package.json' with { type: 'json' };
import { contentSecurityPolicy } from './shared/security/contentSecurityPolicy';

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Regia's own modules have no side effects when imported: a module none of whose exports is
 * used is left out. Without this, a feature's index.ts (or the kit's) that the start-up imports
 * one small piece through makes every module it re-exports reachable from the start chunk, and
 * the bundler then loads with it the shared chunks those modules sit in (the virtual table,
 * the forms, the project reports). Styles keep their side effects.
 */
export const appTreeshake = {
  moduleSideEffects: (id: string): boolean => !/\/(renderer|shared)\/.*\.tsx?$/.test(id),
};

const translateModule = path.join('shared', 'i18n', 'translate.ts');
const englishOnDemandModule = path.resolve(import.meta.dirname, 'renderer/i18n/englishOnDemand.ts');

/** Where the renderer's build resolves `source` imported by `importer`: the on-demand English catalog for translate's `./en`, else null (the usual resolution). */
export function englishOnDemandTarget(source: string, importer: string | undefined): string | null {
  if (source !== './en' || !importer) return null;
  const from = importer.split('?')[0] ?? importer;
  return from.endsWith(translateModule) ? englishOnDemandModule : null;
}

/**
 * Leaves the English texts out of the renderer's start chunk: `translate`'s static import of
 * `./en` resolves to renderer/i18n/englishOnDemand.ts, whose `loadLocaleCatalog('en')` loads the
 * real catalog in a chunk of its own before anything is drawn in English. Node (the main
 * process, the unit tests) and the workers, built without this plugin, keep the static import.
 */
export function englishOnDemand(): Plugin {
  return {
    name: 'regia-english-on-demand',
    enforce: 'pre',
    resolveId: englishOnDemandTarget,
  };
}

// The renderer is built once with relative paths, so the same files serve app://regia/ in
// Electron and http://127.0.0.1 in the web host.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), englishOnDemand()],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rolldownOptions: { treeshake: appTreeshake },
  },
  preview: { headers: securityHeaders },
  server: { headers: securityHeaders },
});
