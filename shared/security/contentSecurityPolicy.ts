/**
 * The Content-Security-Policy of every page Regia shows, in both hosts: only the app's own code,
 * no remote content, no eval, no plugins, no framing. Inline styles stay allowed because
 * Mantine sets style attributes.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The only origin the desktop renderer is served from; it fixes where IndexedDB keeps the data. */
export const appOrigin = 'app://regia';

/**
 * Whether a link may be handed to the system browser: only absolute https URLs with a host and
 * without credentials. Plain http is refused too: anyone on the network could change the page.
 */
export function isSafeExternalUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.hostname.length > 0
  );
}
