import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { featureBoundaryConfigs, regiaPlugin } from './lint/index.js';

const root = import.meta.dirname;

/** The files that create the database and hand it to the app: the only components that may. */
export const databaseWiring = [
  'renderer/main.tsx',
  'renderer/app/start.tsx',
  'renderer/app/App.tsx',
  'renderer/app/RegiaContext.tsx',
  'renderer/app/StartupError.tsx',
  // A hook is the data module's face to its components (useAgendaCommands.tsx is the pattern).
  'renderer/**/use*.tsx',
];

/**
 * Components that still read or write the database themselves. Move these onto their feature's
 * data module (reads as hooks, writes as named commands, as meetings/agenda/agendaWrites.ts with
 * useAgendaCommands.tsx does), then delete the line: this list only shrinks.
 */
export const dataAccessOffenders = [];

/**
 * Files that still reach into another feature's internals. Export what they need from that
 * feature's index.ts and import it from there, then delete the line: this list only shrinks.
 */
export const featureInternalsOffenders = [];

/** The feature boundary blocks, exported so their test lints fixtures with exactly these. */
export const boundaryConfigs = featureBoundaryConfigs({
  wiring: databaseWiring,
  dataAccessOffenders,
  featureInternalsOffenders,
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'release/',
      'test-results/',
      'playwright-report/',
      'bench-results.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    plugins: { regia: regiaPlugin },
    rules: {
      'regia/layers': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/explicit-module-boundary-types': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.property.name="only"]', message: 'No .only in tests.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['main/**/*.ts', 'test/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  ...boundaryConfigs,
);
