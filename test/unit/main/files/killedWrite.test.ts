import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  automaticBackupName,
  listAutomaticBackups,
  readAutomaticBackup,
} from '../../../../main/backup/automaticBackups';
import { decodeBackup, encodeBackup } from '../../../../shared/backup';
import { buildDemoDataset } from '../../../../shared/demo';

/** Runs the slow writer in its own process and kills it once it has started writing. */
async function killWhileWriting(script: string, target: string): Promise<string> {
  const child = spawn(process.execPath, [script, target], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (data: Buffer) => {
      output += data.toString();
      if (output.includes('writing')) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', () => resolve(output));
  });
}

describe('a backup write killed half way', () => {
  let root: string;
  let script: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'regia-killed-write-'));
    script = path.join(root, 'slowWriter.cjs');
    buildSync({
      entryPoints: [path.join(import.meta.dirname, 'slowWriter.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: script,
      logLevel: 'silent',
    });
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('leaves the previous backup whole and readable, and lists no half-written one', async () => {
    const folder = path.join(root, 'backups');
    const dataset = buildDemoDataset({ now: new Date('2026-11-20T10:00:00Z') });
    const previousBytes = encodeBackup({
      createdAt: '2026-11-20T10:00:00.000Z',
      appVersion: '0.1.0',
      schemaVersion: 4,
      tables: { ...dataset, auditEntries: [], settings: [] },
    });
    const name = automaticBackupName('daily', new Date('2026-11-20T10:00:00Z'));
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, name), previousBytes);

    const output = await killWhileWriting(script, path.join(folder, name));

    expect(output).not.toContain('done');
    const onDisk = new Uint8Array(await readFile(path.join(folder, name)));
    expect(onDisk).toEqual(previousBytes);
    const decoded = decodeBackup(await readAutomaticBackup(folder, name));
    expect(decoded.ok && decoded.backup.tables.organizations).toHaveLength(
      dataset.organizations.length,
    );
    expect((await listAutomaticBackups(folder)).map((backup) => backup.fileName)).toEqual([name]);
    // The killed writer's temporary file is the only other thing in the folder.
    const others = (await readdir(folder)).filter((file) => file !== name);
    expect(others.every((file) => file.endsWith('.tmp'))).toBe(true);
  });
});
