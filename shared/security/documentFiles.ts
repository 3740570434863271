/**
 * Documents Regia hands to the system's application in the desktop app: office documents,
 * text and pictures. Anything else (programs, scripts, shortcuts, archives) would run or unpack
 * with one click, so it is only ever saved where the user says.
 */
export const openableDocumentExtensions: readonly string[] = [
  'pdf',
  'doc',
  'docx',
  'odt',
  'rtf',
  'txt',
  'xls',
  'xlsx',
  'ods',
  'csv',
  'ppt',
  'pptx',
  'odp',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
];

/** Whether a document of this name may be opened with the system's application. */
export function isOpenableDocument(fileName: string): boolean {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 && openableDocumentExtensions.includes(fileName.slice(dot + 1).toLowerCase());
}

/**
 * A name any file system accepts for a stored document: separators, control characters and the
 * characters Windows refuses become "_", and an empty or dot-only name becomes "documento".
 */
export function writableDocumentName(fileName: string): string {
  const cleaned = [...fileName]
    .map((character) => (character < ' ' || '\\/<>:"|?*'.includes(character) ? '_' : character))
    .join('')
    .trim()
    .slice(0, 200);
  return /^\.*$/.test(cleaned) ? 'documento' : cleaned;
}
