import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const projectFolder = path.resolve(import.meta.dirname, '../../../..');

/** The packaging configuration as electron-builder itself loads and checks it. */
async function packagingConfiguration(): ReturnType<typeof getConfig> {
  const configuration = await getConfig(projectFolder, 'electron-builder.yml', null);
  // Its own schema check: a misspelt fuse would otherwise be ignored, and the fuse left on.
  await validateConfiguration(configuration, new DebugLogger(false));
  return configuration;
}

describe('the packaged desktop app (electron-builder.yml)', () => {
  it('turns off the fuses that would let the app run as Node, take Node options or a debugger, or give file:// extra rights', async () => {
    const { electronFuses } = await packagingConfiguration();
    expect(electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('loads the app only from an asar archive whose integrity is checked', async () => {
    const configuration = await packagingConfiguration();
    expect(configuration.asar).toBe(true);
    expect(configuration.electronFuses).toMatchObject({
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});
