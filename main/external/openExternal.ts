import { shell } from 'electron';
import { isSafeExternalUrl } from '../../shared/security';

/** Handles `openExternal`: opens an https link in the system browser; false when refused. */
export async function openExternal({ url }: { url: string }): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  await shell.openExternal(url);
  return true;
}
