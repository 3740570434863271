import { app } from 'electron';
import type { AppInfo } from '../../shared/contract';

/** Handles `getAppInfo`: the name, version and platform of the app and where it keeps its data. */
export function getAppInfo(): Promise<AppInfo> {
  return Promise.resolve({
    name: app.getName(),
    version: app.getVersion(),
    host: 'electron',
    platform: process.platform,
    dataLocation: app.getPath('userData'),
  });
}
