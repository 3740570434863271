import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const databaseFolder = path.join(root, 'renderer', 'db');
const featuresFolder = path.join(root, 'renderer', 'features');

/** The names through which a component would reach the database. */
const databaseHandles = new Set(['db', 'repositories']);

/** Whether an import brings in only types (`import type {…}` or `import { type A, type B }`). */
const typesOnly = (node) =>
  node.importKind === 'type' ||
  (node.specifiers.length > 0 &&
    node.specifiers.every((specifier) => specifier.importKind === 'type'));

/** Calls `check(node, source)` for every module a file imports or re-exports, types aside. */
function onImports(check) {
  return {
    ImportDeclaration: (node) => !typesOnly(node) && check(node, node.source.value),
    ExportNamedDeclaration: (node) =>
      node.source && node.exportKind !== 'type' && check(node, node.source.value),
    ExportAllDeclaration: (node) => node.exportKind !== 'type' && check(node, node.source.value),
    ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
  };
}

function resolved(context, source) {
  return typeof source === 'string' && source.startsWith('.')
    ? path.resolve(path.dirname(context.filename), source)
    : null;
}

const isInside = (file, folder) => file === folder || file.startsWith(folder + path.sep);

/**
 * Components (`.tsx` anywhere in the renderer: features, app, the kit) do not talk to the
 * database: no import of `renderer/db`, no `db` or `repositories` taken from the app context.
 * They call their feature's data module (hooks for reads, named commands for writes) instead.
 */
export const noDataAccessInComponentsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Components reach data only through their feature’s data module.' },
    schema: [],
    messages: {
      importsDatabase:
        'A component must not import the database ("{{source}}"): read through a hook and write through a command of the feature’s data module (see docs/ARCHITECTURE.md).',
      usesHandle:
        'A component must not use "{{name}}": read through a hook and write through a command of the feature’s data module (see docs/ARCHITECTURE.md).',
    },
  },
  create(context) {
    const reportHandle = (node, name) =>
      databaseHandles.has(name) &&
      context.report({ node, messageId: 'usesHandle', data: { name } });
    return {
      ...onImports((node, source) => {
        const target = resolved(context, source);
        if (target && isInside(target, databaseFolder)) {
          context.report({ node, messageId: 'importsDatabase', data: { source } });
        }
      }),
      'ObjectPattern > Property': (node) =>
        !node.computed && node.key.type === 'Identifier' && reportHandle(node, node.key.name),
      MemberExpression: (node) =>
        !node.computed &&
        node.property.type === 'Identifier' &&
        reportHandle(node, node.property.name),
    };
  },
};

/** The feature a file belongs to, or null outside `renderer/features/`. */
function featureOf(file) {
  if (!isInside(file, featuresFolder)) return null;
  const [feature] = path.relative(featuresFolder, file).split(path.sep);
  return feature ?? null;
}

/**
 * A feature uses another only through that feature's `index.ts`: its internals may move or
 * change without breaking anyone.
 */
export const featureImportsThroughIndexRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Another feature is imported only through its index.ts.' },
    schema: [],
    messages: {
      internals:
        'Import feature "{{feature}}" through renderer/features/{{feature}}/index.ts, not its internals ("{{source}}").',
    },
  },
  create(context) {
    const ownFeature = featureOf(context.filename);
    if (!ownFeature) return {};
    return onImports((node, source) => {
      const target = resolved(context, source);
      const feature = target && featureOf(target);
      if (!feature || feature === ownFeature) return;
      const inside = path.relative(path.join(featuresFolder, feature), target);
      if (inside === '' || inside === 'index' || inside === 'index.ts') return;
      context.report({ node, messageId: 'internals', data: { feature, source } });
    });
  },
};
