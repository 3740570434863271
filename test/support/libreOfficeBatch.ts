import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A LibreOffice user profile kept for the conversions of one test file: the first conversion
 * creates it, the next ones start on it, seconds faster than on a new profile each. Conversions
 * on one profile must run one after another (a second LibreOffice on it would hand its work to
 * the first); `remove` deletes it once the file is done.
 */
export type LibreOfficeProfile = { url: string; remove: () => Promise<void> };

/** Creates an empty folder for a LibreOffice profile (see LibreOfficeProfile). */
export async function createLibreOfficeProfile(): Promise<LibreOfficeProfile> {
  const folder = await mkdtemp(path.join(tmpdir(), 'regia-libreoffice-profile-'));
  return {
    url: pathToFileURL(path.join(folder, 'profile')).href,
    remove: () => rm(folder, { recursive: true, force: true }),
  };
}

/**
 * Has ONE headless LibreOffice open several files and save each in another format: LibreOffice's
 * start-up is most of a conversion's time, paid once here. Returns the saved bytes by the name
 * given; a file LibreOffice could not open is missing from the result. Without a profile, the
 * call gets a new one of its own.
 */
export async function convertEachWithLibreOffice(
  files: Readonly<Record<string, Uint8Array>>,
  fromExtension: string,
  toFormat: 'xlsx' | 'ods' | 'xls',
  profile?: LibreOfficeProfile,
): Promise<Map<string, Uint8Array>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'regia-libreoffice-batch-'));
  try {
    const output = path.join(folder, 'out');
    const inputs = await Promise.all(
      Object.entries(files).map(async ([name, bytes]) => {
        const input = path.join(folder, `${name}.${fromExtension}`);
        await writeFile(input, bytes);
        return input;
      }),
    );
    const profileUrl = profile?.url ?? pathToFileURL(path.join(folder, 'profile')).href;
    await run(
      'soffice',
      [
        `-env:UserInstallation=${profileUrl}`,
        '--headless',
        '--convert-to',
        toFormat,
        '--outdir',
        output,
        ...inputs,
      ],
      { timeout: 180_000 },
    );
    const converted = new Map<string, Uint8Array>();
    for (const written of await readdir(output))
      converted.set(
        path.basename(written, `.${toFormat}`),
        new Uint8Array(await readFile(path.join(output, written))),
      );
    return converted;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Has one headless LibreOffice open several xlsx files and save each as ods (see above). */
export function xlsxToOdsWithLibreOffice(
  files: Readonly<Record<string, Uint8Array>>,
  profile?: LibreOfficeProfile,
): Promise<Map<string, Uint8Array>> {
  return convertEachWithLibreOffice(files, 'xlsx', 'ods', profile);
}
