import path from 'node:path';
import { appOrigin, contentSecurityPolicy } from '../../shared/security';
import { isAppUrl } from '../security';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type of a file served to the renderer, by its extension. */
export function mimeTypeOf(filePath: string): string {
  return mimeTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** The headers of every response on the app scheme, including errors. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/**
 * The file under the renderer folder that an `app://regia/…` URL names, or null when the URL
 * is on another host or tries to leave the folder (dot segments, encoded separators, absolute
 * or drive paths).
 */
export function resolveAppFile(requestUrl: string, rendererFolder: string): string | null {
  const prefix = `${appOrigin}/`;
  if (!requestUrl.startsWith(prefix) || !isAppUrl(requestUrl) || new URL(requestUrl).port !== '') {
    return null;
  }
  // The raw path, not URL.pathname: the parser silently drops dot segments, and a request that
  // contains any is refused rather than rewritten.
  const [rawPath = ''] = requestUrl.slice(prefix.length).split(/[?#]/);
  if (rawPath === '') return path.join(rendererFolder, 'index.html');
  const segments: string[] = [];
  for (const encoded of rawPath.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return null;
    }
    if (!isPlainSegment(segment)) return null;
    segments.push(segment);
  }
  const root = path.resolve(rendererFolder);
  const filePath = path.resolve(root, ...segments);
  return filePath.startsWith(root + path.sep) ? filePath : null;
}

// Each segment must be an ordinary file or folder name once decoded.
function isPlainSegment(segment: string): boolean {
  return segment !== '' && segment !== '.' && segment !== '..' && !/[/\\:\0]/.test(segment);
}
