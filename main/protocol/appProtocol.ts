import { protocol } from 'electron';
import { readFileBytes } from '../files';
import { appResponseHeaders, mimeTypeOf, resolveAppFile } from './appRequest';

/** The scheme the renderer is served from (`app://regia/…`). */
export const appScheme = 'app';

/**
 * Declares the app scheme as a secure standard scheme, like https: IndexedDB, fetch and the
 * code cache work on its origin. Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the files of the renderer folder on the app scheme, with the security headers. */
export function handleAppProtocol(rendererFolder: string): void {
  protocol.handle(appScheme, async (request) => {
    const filePath =
      request.method === 'GET' || request.method === 'HEAD'
        ? resolveAppFile(request.url, rendererFolder)
        : null;
    if (filePath) {
      try {
        const content = await readFileBytes(filePath);
        return new Response(content, { headers: appResponseHeaders(mimeTypeOf(filePath)) });
      } catch {
        // A missing or unreadable file is answered like an unknown one.
      }
    }
    return new Response(null, {
      status: 404,
      headers: appResponseHeaders('text/plain; charset=utf-8'),
    });
  });
}
