import { readFileSync } from 'node:fs';
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

  it("packages Regia's own icon: a square PNG of at least 512 pixels that electron-builder finds", async () => {
    const configuration = await packagingConfiguration();
    expect(configuration.icon).toBe('build/icon.png');
    const png = readFileSync(path.join(projectFolder, 'build/icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The IHDR chunk holds the width and height as big-endian integers at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBe(png.readUInt32BE(16));
  });
});
