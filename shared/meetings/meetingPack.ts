/** A file of the meeting pack. */
export type PackFile = { name: string; bytes: Uint8Array };

/** A document attached to the meeting, with the agenda position of its item (null: the meeting's own). */
export type PackAttachment = { fileName: string; itemNumber: number | null; bytes: Uint8Array };

const isUnsafe = (character: string): boolean =>
  character.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(character);

const safeName = (name: string): string =>
  [...name]
    .map((character) => (isUnsafe(character) ? '_' : character))
    .join('')
    .replace(/^\.+/, '_')
    .slice(0, 200) || 'documento';

function withoutClash(name: string, taken: Set<string>): string {
  let candidate = name;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  for (let copy = 2; taken.has(candidate.toLowerCase()); copy += 1) {
    candidate = `${stem} (${copy})${extension}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * The files of the meeting pack: the convocation documents first, then each attachment named
 * after its item's position ("punto-03-…"), so the folder lists them in agenda order; names that
 * would clash get a number.
 */
export function meetingPackFiles(
  documents: readonly PackFile[],
  attachments: readonly PackAttachment[],
): PackFile[] {
  const taken = new Set<string>();
  const named = documents.map((file) => ({
    ...file,
    name: withoutClash(safeName(file.name), taken),
  }));
  const ordered = attachments.toSorted((a, b) => (a.itemNumber ?? 0) - (b.itemNumber ?? 0));
  return [
    ...named,
    ...ordered.map((attachment) => {
      const prefix =
        attachment.itemNumber === null
          ? ''
          : `punto-${String(attachment.itemNumber).padStart(2, '0')}-`;
      return {
        name: withoutClash(`${prefix}${safeName(attachment.fileName)}`, taken),
        bytes: attachment.bytes,
      };
    }),
  ];
}
