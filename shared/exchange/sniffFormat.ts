import { SpreadsheetError } from './problems';

/** What the first bytes of a file say it is. */
export type SniffedKind = 'zip' | 'compoundFile' | 'text';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  signature.every((byte, index) => bytes[offset + index] === byte);

// Files people send by mistake: images, PDFs, archives, programs. None is a spreadsheet.
const foreignSignatures: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x42, 0x4d], // BMP
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP, WAV, AVI)
  [0x49, 0x49, 0x2a, 0x00], // TIFF
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x4d, 0x5a], // Windows program
  [0x7f, 0x45, 0x4c, 0x46], // ELF program
];

/**
 * Recognises the container of a file from its first bytes (never from its name): a zip
 * (xlsx, ods), an OLE compound file (xls, or an encrypted xlsx), or text (csv). Anything
 * else is refused before any parser sees it.
 */
export function sniffFormat(bytes: Uint8Array): SniffedKind {
  if (bytes.byteLength === 0) throw new SpreadsheetError('fileEmpty');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'compoundFile';
  if (foreignSignatures.some((signature) => startsWith(bytes, signature))) {
    throw new SpreadsheetError('notSpreadsheet');
  }
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  const head = bytes.subarray(0, 64 * 1024);
  if (!utf16 && head.includes(0)) throw new SpreadsheetError('notSpreadsheet');
  return 'text';
}

/** Whether an OLE compound file holds an encrypted Office document rather than an xls workbook. */
export function isEncryptedOfficeFile(bytes: Uint8Array): boolean {
  // "EncryptionInfo" as the UTF-16 name of a stream in the compound file's directory.
  const name = [...'EncryptionInfo'].flatMap((character) => [character.charCodeAt(0), 0]);
  const first = name[0];
  for (let offset = bytes.indexOf(first); offset >= 0; offset = bytes.indexOf(first, offset + 1)) {
    if (startsWith(bytes, name, offset)) return true;
  }
  return false;
}

/**
 * The text of a CSV file: UTF-8 (with or without byte order mark), UTF-16 with its mark, or
 * else Windows-1252, the encoding Excel uses for CSV on Italian Windows.
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}
