import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Has ONE headless LibreOffice open several xlsx files and save each as ods: LibreOffice's
 * start-up is most of a conversion's time, paid once here. Returns the ods bytes by the name
 * given; a file LibreOffice could not open is missing from the result.
 */
export async function xlsxToOdsWithLibreOffice(
  files: Readonly<Record<string, Uint8Array>>,
): Promise<Map<string, Uint8Array>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'regia-libreoffice-batch-'));
  try {
    const output = path.join(folder, 'out');
    const inputs = await Promise.all(
      Object.entries(files).map(async ([name, bytes]) => {
        const input = path.join(folder, `${name}.xlsx`);
        await writeFile(input, bytes);
        return input;
      }),
    );
    await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(path.join(folder, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'ods',
        '--outdir',
        output,
        ...inputs,
      ],
      { timeout: 180_000 },
    );
    const converted = new Map<string, Uint8Array>();
    for (const written of await readdir(output))
      converted.set(
        path.basename(written, '.ods'),
        new Uint8Array(await readFile(path.join(output, written))),
      );
    return converted;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
