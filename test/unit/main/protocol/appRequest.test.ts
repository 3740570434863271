import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../../shared/security';
import {
  appResponseHeaders,
  mimeTypeOf,
  resolveAppFile,
} from '../../../../main/protocol/appRequest';

const rendererFolder = path.resolve('/opt/regia/dist/renderer');

describe('resolveAppFile', () => {
  it('serves index.html for the root of the app origin', () => {
    expect(resolveAppFile('app://regia/', rendererFolder)).toBe(
      path.join(rendererFolder, 'index.html'),
    );
  });

  it('maps a path on the app origin to the file under the renderer folder', () => {
    expect(resolveAppFile('app://regia/assets/index-Ab12.js', rendererFolder)).toBe(
      path.join(rendererFolder, 'assets', 'index-Ab12.js'),
    );
  });

  it('ignores the query and the fragment', () => {
    expect(resolveAppFile('app://regia/index.html?v=2#/riunioni', rendererFolder)).toBe(
      path.join(rendererFolder, 'index.html'),
    );
  });

  it('decodes percent-encoded names', () => {
    expect(resolveAppFile('app://regia/assets/logo%20regia.svg', rendererFolder)).toBe(
      path.join(rendererFolder, 'assets', 'logo regia.svg'),
    );
  });

  it.each([
    [
      'dot segments that a URL parser may not remove',
      'app://regia/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    ],
    ['an encoded parent segment', 'app://regia/%2e%2e/%2e%2e/etc/passwd'],
    ['an encoded backslash', 'app://regia/..%5C..%5Cwindows%5Cwin.ini'],
    ['an absolute path', 'app://regia//etc/passwd'],
    ['an encoded absolute path', 'app://regia/%2Fetc%2Fpasswd'],
    ['a drive letter', 'app://regia/C:/Windows/win.ini'],
    ['a NUL byte', 'app://regia/index.html%00.png'],
    ['malformed percent-encoding', 'app://regia/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['a host that only starts like the app', 'app://regia.example/index.html'],
    ['a port', 'app://regia:8080/index.html'],
    ['credentials', 'app://user:secret@regia/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['https', 'https://regia/index.html'],
    ['text that is not a URL', 'index.html'],
  ])('refuses %s', (_description, requestUrl) => {
    expect(resolveAppFile(requestUrl, rendererFolder)).toBeNull();
  });

  it.each([
    'app://regia/../../etc/passwd',
    'app://regia/assets/../../secret',
    'app://regia/./index.html',
    'app://regia/.%2e/secret',
    'app://regia/%2E%2E/secret',
    'app://regia/assets/%2e/index.js',
    'app://regia/assets/../index.html',
    'app://regia/assets/%2e%2e/index.html',
  ])('refuses the dot segments in %s instead of resolving them', (requestUrl) => {
    expect(resolveAppFile(requestUrl, rendererFolder)).toBeNull();
  });
});

describe('mimeTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index.js', 'text/javascript; charset=utf-8'],
    ['assets/worker.mjs', 'text/javascript; charset=utf-8'],
    ['assets/index.css', 'text/css; charset=utf-8'],
    ['assets/logo.SVG', 'image/svg+xml'],
    ['assets/icon.png', 'image/png'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/data.json', 'application/json; charset=utf-8'],
    ['assets/module.wasm', 'application/wasm'],
    ['assets/unknown.xyz', 'application/octet-stream'],
    ['LICENSE', 'application/octet-stream'],
  ])('gives %s the type %s', (filePath, mimeType) => {
    expect(mimeTypeOf(filePath)).toBe(mimeType);
  });
});

describe('appResponseHeaders', () => {
  it('carries the Content-Security-Policy and forbids type sniffing', () => {
    expect(appResponseHeaders('text/html; charset=utf-8')).toMatchObject({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    });
  });
});
