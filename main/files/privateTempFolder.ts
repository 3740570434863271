import { randomUUID } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeFileAtomically } from './atomicWrite';

/**
 * A folder of this run of Regia under the system's temporary folder, for the documents it hands
 * to other applications: created with an unpredictable name and readable by this user only
 * (0700), one subfolder per document so that names never collide, removed when the app quits.
 */
export class PrivateTempFolder {
  private folder: Promise<string> | null = null;
  private created: string | null = null;

  constructor(private readonly parent: string = tmpdir()) {}

  /** The folder, created on first use. */
  location(): Promise<string> {
    this.folder ??= mkdtemp(path.join(this.parent, 'regia-')).then(async (created) => {
      // mkdtemp already creates it 0700 on POSIX; said again in case a umask or platform differs.
      await chmod(created, 0o700);
      this.created = created;
      return created;
    });
    return this.folder;
  }

  /** Writes a document into a new subfolder of its own and answers its path. */
  async write(name: string, bytes: Uint8Array): Promise<string> {
    const subfolder = path.join(await this.location(), randomUUID());
    await mkdir(subfolder, { mode: 0o700 });
    const filePath = path.join(subfolder, name);
    await writeFileAtomically(filePath, bytes);
    return filePath;
  }

  /** Removes the folder and everything in it; safe to call when it was never created. */
  async remove(): Promise<void> {
    if (!this.folder) return;
    const folder = await this.folder;
    this.folder = null;
    this.created = null;
    await rm(folder, { recursive: true, force: true });
  }

  /** Removes the folder at once, for the app's last moment where nothing asynchronous finishes. */
  removeNow(): void {
    if (this.created) rmSync(this.created, { recursive: true, force: true });
    this.created = null;
    this.folder = null;
  }
}
