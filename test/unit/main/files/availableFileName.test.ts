import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { availableFileName, isMacroCapable } from '../../../../main/files';

describe('a name that replaces no file', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'regia-names-'));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('keeps a free name and numbers a taken one before its extension', async () => {
    expect(await availableFileName(folder, 'scheda-afol.xlsx')).toBe('scheda-afol.xlsx');
    await writeFile(path.join(folder, 'scheda-afol.xlsx'), 'x');
    await writeFile(path.join(folder, 'scheda-afol (2).xlsx'), 'x');
    expect(await availableFileName(folder, 'scheda-afol.xlsx')).toBe('scheda-afol (3).xlsx');
    expect(await availableFileName(folder, 'LEGGIMI')).toBe('LEGGIMI');
  });

  it('counts the names already chosen in the same save', async () => {
    expect(await availableFileName(folder, 'a.pdf', new Set(['a.pdf']))).toBe('a (2).pdf');
  });
});

describe('formats that can carry macros', () => {
  it.each(['verbale.doc', 'BILANCIO.XLS', 'slide.ppt', 'delibera.docm', 'conti.xlsm', 'x.pptm'])(
    'asks for %s',
    (name) => {
      expect(isMacroCapable(name)).toBe(true);
    },
  );

  it.each(['verbale.docx', 'bilancio.xlsx', 'slide.pptx', 'relazione.pdf', 'doc', '.xls'])(
    'opens %s directly',
    (name) => {
      expect(isMacroCapable(name)).toBe(false);
    },
  );
});
