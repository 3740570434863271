import { appOrigin } from '../../shared/security';

const appUrl = new URL(appOrigin);

/** Whether a URL belongs to the app's own origin, `app://regia`, and so may be shown or trusted. */
export function isAppUrl(candidate: string | null | undefined): boolean {
  if (!candidate) return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  // URL.origin is "null" for schemes Node does not know, so compare the parts instead.
  return (
    url.protocol === appUrl.protocol &&
    url.host === appUrl.host &&
    url.username === '' &&
    url.password === ''
  );
}
