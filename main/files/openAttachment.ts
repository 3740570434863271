import { isMacroCapable } from './macroFormats';
import type { PrivateTempFolder } from './privateTempFolder';

/** What opening a document needs of the system: asking the user and starting an application. */
export type DocumentOpener = {
  /** Asks whether to open a document that may carry macros; true to open it. */
  confirmMacros(name: string): Promise<boolean>;
  /** Opens a file with the system's application; true when it started. */
  openPath(filePath: string): Promise<boolean>;
};

/**
 * Writes a document into the private temporary folder and opens it with the system's
 * application, asking first when its format can carry macros. False when the user declined or
 * the system could not open it; nothing is written when declined.
 */
export async function openAttachment(
  folder: PrivateTempFolder,
  opener: DocumentOpener,
  name: string,
  bytes: Uint8Array,
): Promise<boolean> {
  if (isMacroCapable(name) && !(await opener.confirmMacros(name))) return false;
  return opener.openPath(await folder.write(name, bytes));
}
