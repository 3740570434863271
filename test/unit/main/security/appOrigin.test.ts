import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../../main/security/appOrigin';

describe('isAppUrl', () => {
  it.each(['app://regia/index.html', 'app://regia/', 'app://regia/assets/index.js?x=1#y'])(
    'trusts %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
    },
  );

  it.each([
    'https://example.com/',
    'http://regia/index.html',
    'file:///work/main/dist/renderer/index.html',
    'app://evil/index.html',
    'app://regia.evil.com/',
    'app://user@regia/',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'not a url',
    '',
    null,
    undefined,
  ])('does not trust %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});
