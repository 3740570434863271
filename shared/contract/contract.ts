import { z } from 'zod';
import { spreadsheetJobResultSchema } from '../exchange/jobResult';
import { isSafeExternalUrl } from '../security/contentSecurityPolicy';

/** The largest file Regia reads or writes through the bridge: backups of large networks fit well within it. */
export const maxFileBytes = 512 * 1024 * 1024;

const bytesSchema = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'atteso un contenuto binario')
  .refine((bytes) => bytes.byteLength <= maxFileBytes, 'file troppo grande');

/** A file's name as a host reports it: one name, no folder, no control characters. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  // No separators, no dot folders, no control characters (NUL truncates a path in C code).
  .refine(
    (name) => !/[\\/]|^\.\.?$/.test(name) && ![...name].some((character) => character < ' '),
    'nome di file non valido',
  );

/** A name the renderer asks the host to write under: also none of the characters Windows refuses. */
const writableFileNameSchema = fileNameSchema.refine(
  (name) => !/[<>:"|?*]/.test(name),
  'nome di file non valido',
);

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/))
    .min(1)
    .max(20),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

export const appInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'web']),
  platform: z.string(),
  dataLocation: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const openFileRequestSchema = z.strictObject({
  title: z.string().max(200),
  filters: z.array(fileFilterSchema).max(10),
});
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;

export const openedFileSchema = z.strictObject({ name: fileNameSchema, bytes: bytesSchema });
export type OpenedFile = z.infer<typeof openedFileSchema>;

export const saveFileRequestSchema = z.strictObject({
  title: z.string().max(200),
  suggestedName: writableFileNameSchema,
  filters: z.array(fileFilterSchema).max(10),
  bytes: bytesSchema,
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const saveFileResultSchema = z.strictObject({
  saved: z.boolean(),
  location: z.string().nullable(),
});
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;

export const backupReasons = ['daily', 'beforeImport', 'beforeRestore', 'manual'] as const;
export type BackupReason = (typeof backupReasons)[number];

export const automaticBackupRequestSchema = z.strictObject({
  reason: z.enum(backupReasons),
  bytes: bytesSchema,
});
export type AutomaticBackupRequest = z.infer<typeof automaticBackupRequestSchema>;

export const automaticBackupSchema = z.strictObject({
  fileName: fileNameSchema,
  reason: z.enum(backupReasons),
  createdAt: z.iso.datetime(),
  sizeBytes: z.number().int().min(0),
  /** For an incremental copy, the full copy it builds on. */
  baseFileName: fileNameSchema.optional(),
});
export type AutomaticBackup = z.infer<typeof automaticBackupSchema>;

/** A link for the system browser: https only (see isSafeExternalUrl in shared/security). */
export const externalLinkSchema = z.strictObject({
  url: z
    .url({ protocol: /^https$/ })
    .max(2000)
    .refine(isSafeExternalUrl, 'solo link https, senza credenziali'),
});

export const openSpreadsheetRequestSchema = z.strictObject({ title: z.string().max(200) });
export type OpenSpreadsheetRequest = z.infer<typeof openSpreadsheetRequestSchema>;

/** A spreadsheet the user chose, read by the host in a worker or utility process within limits. */
export const openedSpreadsheetSchema = z.strictObject({
  name: fileNameSchema,
  /** SHA-256 of the file's bytes as lowercase hex: the same file returned twice is recognised. */
  fingerprint: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  result: spreadsheetJobResultSchema,
});
export type OpenedSpreadsheet = z.infer<typeof openedSpreadsheetSchema>;

export const saveFilesRequestSchema = z.strictObject({
  title: z.string().max(200),
  /** The name of the one archive a browser downloads instead of a folder of files. */
  archiveName: writableFileNameSchema,
  files: z
    .array(z.strictObject({ name: writableFileNameSchema, bytes: bytesSchema }))
    .min(1)
    .max(500)
    .refine(
      (files) => files.reduce((total, file) => total + file.bytes.byteLength, 0) <= maxFileBytes,
      'file troppo grandi',
    )
    .refine(
      (files) => new Set(files.map((file) => file.name)).size === files.length,
      'nomi di file ripetuti',
    ),
});
export type SaveFilesRequest = z.infer<typeof saveFilesRequestSchema>;

export const saveFilesResultSchema = z.strictObject({
  saved: z.boolean(),
  location: z.string().nullable(),
  count: z.number().int().min(0),
});
export type SaveFilesResult = z.infer<typeof saveFilesResultSchema>;

export const printToPdfRequestSchema = z.strictObject({
  title: z.string().max(200),
  suggestedName: writableFileNameSchema.refine(
    (name) => name.toLowerCase().endsWith('.pdf'),
    'atteso .pdf',
  ),
});
export type PrintToPdfRequest = z.infer<typeof printToPdfRequestSchema>;

/** A stored document to open with the system's application (desktop) or download (browser). */
export const openDocumentRequestSchema = z.strictObject({
  name: writableFileNameSchema,
  bytes: bytesSchema,
});
export type OpenDocumentRequest = z.infer<typeof openDocumentRequestSchema>;

/** An e-mail draft (.eml) to open in the system's mail program (desktop) or download (browser). */
export const openEmailDraftRequestSchema = z.strictObject({
  name: writableFileNameSchema.refine((name) => name.toLowerCase().endsWith('.eml'), 'atteso .eml'),
  bytes: bytesSchema,
});
export type OpenEmailDraftRequest = z.infer<typeof openEmailDraftRequestSchema>;

export const menuCommands = [
  'import',
  'export',
  'backup',
  'restore',
  'palette',
  'settings',
  'about',
  'newRecord',
] as const;
export type MenuCommand = (typeof menuCommands)[number];
export const menuCommandSchema = z.enum(menuCommands);

/**
 * Every call the renderer makes to its host: the argument tuple and the result of each.
 * Main validates every argument against these schemas; both bridges are typed from them.
 */
export const contract = {
  getAppInfo: { args: z.tuple([]), result: appInfoSchema },
  openFile: { args: z.tuple([openFileRequestSchema]), result: openedFileSchema.nullable() },
  saveFile: { args: z.tuple([saveFileRequestSchema]), result: saveFileResultSchema },
  writeAutomaticBackup: {
    args: z.tuple([automaticBackupRequestSchema]),
    result: automaticBackupSchema,
  },
  listAutomaticBackups: { args: z.tuple([]), result: z.array(automaticBackupSchema) },
  readAutomaticBackup: { args: z.tuple([writableFileNameSchema]), result: bytesSchema },
  openExternal: { args: z.tuple([externalLinkSchema]), result: z.boolean() },
  openSpreadsheet: {
    args: z.tuple([openSpreadsheetRequestSchema]),
    result: openedSpreadsheetSchema.nullable(),
  },
  saveFiles: { args: z.tuple([saveFilesRequestSchema]), result: saveFilesResultSchema },
  /** Prints the current page with its print styles (only the print root shows) into a PDF file. */
  printToPdf: { args: z.tuple([printToPdfRequestSchema]), result: saveFileResultSchema },
  /**
   * Prints the current page like printToPdf (only the print root shows) and answers the PDF's
   * bytes, to attach to an e-mail draft; null where the host cannot make a PDF (a browser tab).
   */
  renderPdf: { args: z.tuple([]), result: bytesSchema.nullable() },
  /** False when the document's type may not be opened by the system (see shared/security). */
  openDocument: { args: z.tuple([openDocumentRequestSchema]), result: z.boolean() },
  /** Hands an e-mail draft to the user's mail program; Regia never sends mail itself. */
  openEmailDraft: { args: z.tuple([openEmailDraftRequestSchema]), result: z.boolean() },
} as const;

export type ContractMethod = keyof typeof contract;
export const contractMethods = Object.keys(contract) as ContractMethod[];

type Contract = typeof contract;
type Call<K extends ContractMethod> = (
  ...args: z.input<Contract[K]['args']>
) => Promise<z.output<Contract[K]['result']>>;

/** What the renderer can ask of its host, derived from the contract. */
export type RegiaApi = { [K in ContractMethod]: Call<K> } & {
  /** Listens for application-menu commands; returns the function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** The IPC channel of a contract method. */
export function channelOf(method: ContractMethod): string {
  return `regia:${method}`;
}

export const menuCommandChannel = 'regia:menu-command';
