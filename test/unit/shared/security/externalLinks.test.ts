import { describe, expect, it } from 'vitest';
import { ContractViolation, validateArguments } from '../../../../shared/contract';
import { websiteUrl } from '../../../../shared/roster';
import { isSafeExternalUrl } from '../../../../shared/security';

const refused = [
  ['plain http', 'http://www.afolmet.it/'],
  ['plain http in capitals', 'HTTP://www.afolmet.it/'],
  ['a script', 'javascript:alert(document.domain)'],
  ['a local file', 'file:///etc/passwd'],
  ['a Windows file', 'file:///C:/Windows/system32/calc.exe'],
  ['inline data', 'data:text/html,<script>alert(1)</script>'],
  ['a network share', 'smb://server/share'],
  ['https with credentials', 'https://user:secret@example.com/'],
  ['a relative link', '/percorso/locale'],
  ['no link at all', 'non è un indirizzo'],
] as const;

const accepted = [
  'https://www.afolmet.it/',
  'https://www.cittametropolitana.mi.it/lavoro/servizi?area=sud#contatti',
  'HTTPS://WWW.COMUNE.MILANO.IT/',
];

describe('links handed to the system browser', () => {
  it.each(refused)('isSafeExternalUrl refuses %s', (_description, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it.each(accepted)('isSafeExternalUrl accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each(refused)('the openExternal contract refuses %s', (_description, url) => {
    expect(() => validateArguments('openExternal', [{ url }])).toThrow(ContractViolation);
  });

  it.each(accepted)('the openExternal contract accepts %s', (url) => {
    expect(validateArguments('openExternal', [{ url }])).toEqual([{ url }]);
  });

  // OrganizationDetails links a website only when this holds, and otherwise says why not.
  it('links an organization’s website typed without a scheme, and not one typed with http', () => {
    expect(isSafeExternalUrl(websiteUrl('www.comune.segrate.mi.it'))).toBe(true);
    expect(isSafeExternalUrl(websiteUrl('https://www.afolmet.it'))).toBe(true);
    expect(isSafeExternalUrl(websiteUrl('http://www.afolmet.it'))).toBe(false);
  });
});
