import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

type RepositoryLintConfig = {
  boundaryConfigs: Linter.Config[];
  dataAccessOffenders: string[];
  featureInternalsOffenders: string[];
};

function isRepositoryLintConfig(value: unknown): value is RepositoryLintConfig {
  return (
    typeof value === 'object' &&
    value !== null &&
    'boundaryConfigs' in value &&
    Array.isArray(value.boundaryConfigs) &&
    'dataAccessOffenders' in value &&
    Array.isArray(value.dataAccessOffenders) &&
    'featureInternalsOffenders' in value &&
    Array.isArray(value.featureInternalsOffenders)
  );
}

const typescriptFiles: Linter.Config = {
  files: ['**/*.{ts,tsx}'],
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
};

let repository: RepositoryLintConfig;
const linter = new Linter({ cwd: root });

beforeAll(async () => {
  const loaded: unknown = await import(pathToFileURL(path.join(root, 'eslint.config.js')).href);
  if (!isRepositoryLintConfig(loaded)) throw new Error('eslint.config.js exports changed');
  repository = loaded;
});

/** The rules a source breaks when it sits at `file`, linted with the repository's boundary blocks. */
function brokenRules(file: string, source: string, configs = repository.boundaryConfigs): string[] {
  return linter
    .verify(source, [typescriptFiles, ...configs], path.join(root, file))
    .map((message) => message.ruleId ?? message.message);
}

const dataAccess = 'regia/no-data-access-in-components';
const featureInternals = 'regia/feature-imports-through-index';

describe('the rule that keeps the database out of components', () => {
  it('fails a component that imports the database', () => {
    const source = `import { db } from '../../db';\nexport const Count = () => db.actions.count();`;
    expect(brokenRules('renderer/features/roster/LintFixture.tsx', source)).toContain(dataAccess);
  });

  it('fails a kit component that imports the database, as it fails a feature’s', () => {
    const source = `import { db } from '../../db';\nexport const Count = () => db.actions.count();`;
    expect(brokenRules('renderer/ui/recordList/LintFixture.tsx', source)).toContain(dataAccess);
  });

  it('fails a component that takes db or repositories from the app context', () => {
    const destructured = `const { db } = useRegia();\nexport const rows = db.actions;`;
    const member = `export const save = (regia) => regia.repositories.actions.update('x', {});`;
    expect(brokenRules('renderer/features/roster/LintFixture.tsx', destructured)).toContain(
      dataAccess,
    );
    expect(brokenRules('renderer/app/LintFixture.tsx', member)).toContain(dataAccess);
  });

  it('lets a data module, a hook and a type-only import reach the database', () => {
    const source = `import { db } from '../../db';\nexport const count = () => db.actions.count();`;
    expect(brokenRules('renderer/features/roster/rosterReads.ts', source)).toEqual([]);
    expect(brokenRules('renderer/features/roster/useRosterCommands.tsx', source)).toEqual([]);
    const typeOnly = `import type { RegiaDatabase } from '../../db';\nexport type Props = { db?: RegiaDatabase };`;
    expect(brokenRules('renderer/features/roster/LintFixture.tsx', typeOnly)).toEqual([]);
  });
});

describe('the rule that keeps features apart', () => {
  it('fails a feature that imports another feature’s internals', () => {
    const source = `import { agendaWrites } from '../meetings/agenda/agendaWrites';\nexport { agendaWrites };`;
    expect(brokenRules('renderer/features/actions/lintFixture.ts', source)).toEqual([
      featureInternals,
    ]);
  });

  it('lets a feature import another through its index and its own files freely', () => {
    const source = [
      `import { MeetingPage } from '../meetings';`,
      `import { meetingRoute } from '../meetings/index';`,
      `import { actionWrites } from './data/actionWrites';`,
      `export { MeetingPage, meetingRoute, actionWrites };`,
    ].join('\n');
    expect(brokenRules('renderer/features/actions/lintFixture.ts', source)).toEqual([]);
  });
});

describe('the allowlists of today’s offenders', () => {
  const withoutAllowlists = (): Linter.Config[] =>
    repository.boundaryConfigs.map((config) => ({
      ...config,
      ignores: (config.ignores ?? []).filter((pattern) => pattern.includes('*')),
    }));

  it('let their files pass while they are listed', () => {
    const listed = repository.dataAccessOffenders[0];
    if (listed === undefined) return;
    const source = `const { db } = useRegia();\nexport const rows = db.actions;`;
    expect(brokenRules(listed, source)).toEqual([]);
  });

  it('name only files that exist and still break their rule, so a fixed file leaves the list', () => {
    const stale = [
      ...repository.dataAccessOffenders.map((file) => ({ file, rule: dataAccess })),
      ...repository.featureInternalsOffenders.map((file) => ({ file, rule: featureInternals })),
    ].filter(({ file, rule }) => {
      const absolute = path.join(root, file);
      if (!existsSync(absolute)) return true;
      const source = readFileSync(absolute, 'utf8');
      return !brokenRules(file, source, withoutAllowlists()).includes(rule);
    });
    expect(stale).toEqual([]);
  });
});
