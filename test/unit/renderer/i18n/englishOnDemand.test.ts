import path from 'node:path';
import { describe, expect, it as test } from 'vitest';
import { en as englishCatalog } from '../../../../shared/i18n/en';
import { it as italianCatalog } from '../../../../shared/i18n/it';
import { en, loadLocaleCatalog } from '../../../../renderer/i18n/englishOnDemand';
import { englishOnDemandTarget } from '../../../../vite.config';

const root = path.resolve(import.meta.dirname, '../../../..');

describe('the English catalog the renderer loads on demand', () => {
  test('holds, once English is asked for, the English text of every Italian key', async () => {
    await loadLocaleCatalog('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(italianCatalog).sort());
    expect(en).toEqual(englishCatalog);
    expect(Object.values(en).filter((text) => text.trim() === '')).toEqual([]);
  });

  test('is loaded once, however often the language is switched to English', () => {
    expect(loadLocaleCatalog('en')).toBe(loadLocaleCatalog('en'));
  });

  test('needs nothing loaded for Italian, the language of the start chunk', async () => {
    await expect(loadLocaleCatalog('it')).resolves.toBeUndefined();
  });
});

describe('the renderer build', () => {
  test('gives translate the on-demand catalog in place of ./en', () => {
    const translate = path.join(root, 'shared/i18n/translate.ts');
    expect(englishOnDemandTarget('./en', translate)).toBe(
      path.join(root, 'renderer/i18n/englishOnDemand.ts'),
    );
    expect(englishOnDemandTarget('./en', `${translate}?v=1`)).toBe(
      path.join(root, 'renderer/i18n/englishOnDemand.ts'),
    );
  });

  test('leaves every other import as it is, the real catalog’s included', () => {
    const onDemand = path.join(root, 'renderer/i18n/englishOnDemand.ts');
    expect(englishOnDemandTarget('../../shared/i18n/en', onDemand)).toBeNull();
    expect(englishOnDemandTarget('./en', path.join(root, 'shared/i18n/other.ts'))).toBeNull();
    expect(englishOnDemandTarget('./it', path.join(root, 'shared/i18n/translate.ts'))).toBeNull();
    expect(englishOnDemandTarget('./en', undefined)).toBeNull();
  });
});
