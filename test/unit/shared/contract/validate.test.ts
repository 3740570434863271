import { describe, expect, it } from 'vitest';
import {
  ContractViolation,
  contractMethods,
  isContractMethod,
  validateArguments,
  validateResult,
} from '../../../../shared/contract';

const saveRequest = {
  title: 'Salva backup',
  suggestedName: 'regia-backup.regia',
  filters: [{ name: 'Backup di Regia', extensions: ['regia'] }],
  bytes: new Uint8Array([1, 2, 3]),
};

describe('contract validation', () => {
  it('accepts well-formed arguments and returns them parsed', () => {
    expect(validateArguments('saveFile', [saveRequest])).toEqual([saveRequest]);
    expect(validateArguments('openExternal', [{ url: 'https://www.afolmet.it/' }])).toEqual([
      { url: 'https://www.afolmet.it/' },
    ]);
    expect(validateArguments('getAppInfo', [])).toEqual([]);
  });

  it.each([
    ['a script link', 'openExternal', [{ url: 'javascript:alert(1)' }]],
    ['a local file link', 'openExternal', [{ url: 'file:///etc/passwd' }]],
    ['a file name with a folder', 'saveFile', [{ ...saveRequest, suggestedName: '../../.bashrc' }]],
    ['bytes given as a plain array', 'saveFile', [{ ...saveRequest, bytes: [1, 2, 3] }]],
    ['a missing argument', 'saveFile', []],
    ['an extra argument', 'getAppInfo', ['x']],
    [
      'an unknown backup reason',
      'writeAutomaticBackup',
      [{ reason: 'always', bytes: new Uint8Array() }],
    ],
    ['a backup name that climbs folders', 'readAutomaticBackup', ['../regia.regia']],
  ] as const)('rejects %s with an Italian message', (_label, method, args) => {
    expect(() => validateArguments(method, args)).toThrow(ContractViolation);
    expect(() => validateArguments(method, args)).toThrow(/Richiesta non valida per/);
  });

  it('rejects an unknown method', () => {
    expect(isContractMethod('deleteEverything')).toBe(false);
    expect(contractMethods).toContain('saveFile');
    expect(() => validateArguments('deleteEverything' as 'saveFile', [])).toThrow(
      /metodo sconosciuto/,
    );
  });

  it('rejects a result that does not match the contract', () => {
    expect(() => validateResult('listAutomaticBackups', [{ fileName: 'x' }])).toThrow(
      ContractViolation,
    );
    expect(validateResult('openExternal', true)).toBe(true);
  });
});
