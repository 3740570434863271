import path from 'node:path';
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const root = import.meta.dirname;

/** Which layers each layer may import (see DESIGN.md); test may import all of them. */
const allowedLayers = {
  shared: ['shared'],
  main: ['main', 'shared'],
  renderer: ['renderer', 'shared'],
  test: ['shared', 'main', 'renderer', 'test'],
};

/** Packages a layer must not import, whatever the path. */
const forbiddenPackages = {
  shared: [/^electron$/, /^node:/, /^react/, /^dexie/, /^@mantine\//, /^wouter/],
  main: [/^react/, /^dexie/, /^@mantine\//],
  renderer: [/^electron$/, /^node:/],
};
const nodeBuiltins = new Set(builtinModules);

function layerOf(file) {
  const [top] = path.relative(root, file).split(path.sep);
  return Object.hasOwn(allowedLayers, top) ? top : null;
}

const layeringRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforces the import direction between shared, main and renderer.' },
    schema: [],
  },
  create(context) {
    const fromLayer = layerOf(context.filename);
    if (!fromLayer) return {};
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      if (source.startsWith('.')) {
        const targetLayer = layerOf(path.resolve(path.dirname(context.filename), source));
        if (targetLayer && !allowedLayers[fromLayer].includes(targetLayer)) {
          context.report({
            node,
            message: `"${fromLayer}" may import only from: ${allowedLayers[fromLayer].join(', ')} (not "${targetLayer}").`,
          });
        }
        return;
      }
      const forbidden = forbiddenPackages[fromLayer] ?? [];
      const isNodeBuiltin =
        fromLayer !== 'main' && fromLayer !== 'test' && nodeBuiltins.has(source);
      if (isNodeBuiltin || forbidden.some((pattern) => pattern.test(source))) {
        context.report({
          node,
          message: `"${fromLayer}" must not import "${source}": only main/ talks to Electron and Node, only renderer/ to the DOM, React and Dexie.`,
        });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

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
    plugins: { regia: { rules: { layers: layeringRule } } },
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
);
