import { expect, it } from 'vitest';
import { currentSchemaVersion } from '../../../../../renderer/db';
import { schemaUpgradeOf } from '../../../../../renderer/features/backup/schemaUpgrade';

it('upgrades a backup written with an older schema to the current one', () => {
  expect(schemaUpgradeOf({ schemaVersion: currentSchemaVersion - 2 })).toBe(currentSchemaVersion);
});

it('leaves a backup of the current schema as it is', () => {
  expect(schemaUpgradeOf({ schemaVersion: currentSchemaVersion })).toBeNull();
});
