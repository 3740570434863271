import type { FileFilter, OpenedFile } from '../../shared/contract';

const acceptOf = (filters: FileFilter[]): string =>
  filters.flatMap((filter) => filter.extensions.map((extension) => `.${extension}`)).join(',');

/** Asks the user for a file through the browser's file picker; null when they cancel. */
export function pickFile(filters: FileFilter[]): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptOf(filters);
    input.style.display = 'none';
    input.dataset.regiaFilePicker = 'true';
    const finish = (): void => input.remove();
    input.addEventListener('cancel', () => {
      finish();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      finish();
      if (!file) {
        resolve(null);
        return;
      }
      file
        .arrayBuffer()
        .then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }))
        .catch(reject);
    });
    document.body.append(input);
    input.click();
  });
}

/** Hands bytes to the browser as a download with the given file name. */
export function downloadFile(name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
