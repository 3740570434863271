import path from 'node:path';
import { builtinModules } from 'node:module';

const root = path.resolve(import.meta.dirname, '..');

/** Which layers each layer may import (see docs/ARCHITECTURE.md); test may import all of them. */
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

/** Enforces the import direction between shared, main and renderer. */
export const layersRule = {
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
