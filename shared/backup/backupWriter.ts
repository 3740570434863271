import { Gzip } from 'fflate';
import { encodeBinary } from './binaryJson';
import { backupFormatVersion, type BackupHeader, type BackupMeta } from './backupFormat';

/** Receives the compressed bytes as they are produced. */
export type ChunkSink = (chunk: Uint8Array) => void;

// Lines are gathered into pieces of this size before compression: pushing each short line on
// its own would compress each into a block of its own.
const pieceChars = 256 * 1024;

/**
 * Writes a backup line by line into a gzip stream: a header, then each table with its rows, then
 * an end line. Rows are serialised one at a time, so the whole database never becomes one string.
 */
export class BackupWriter {
  private readonly gzip: Gzip;
  private readonly encoder = new TextEncoder();
  private pending: string[] = [];
  private pendingChars = 0;
  private rows = 0;

  constructor(meta: BackupMeta & { rowCounts: Record<string, number> }, sink: ChunkSink) {
    this.gzip = new Gzip({ level: 4 }, (chunk) => sink(chunk));
    const header: BackupHeader = {
      format: 'regia-backup',
      formatVersion: backupFormatVersion,
      ...meta,
    };
    this.line(JSON.stringify(header));
  }

  /** Starts a table's rows. */
  table(name: string, count: number): void {
    this.line(JSON.stringify({ table: name, count }));
  }

  /** Writes one row of the current table. */
  row(row: unknown): void {
    this.line(JSON.stringify(row, encodeBinary));
    this.rows += 1;
  }

  /** Writes the end line and closes the stream. */
  finish(): void {
    this.line(JSON.stringify({ end: true, rows: this.rows }));
    this.flush(true);
  }

  private line(text: string): void {
    this.pending.push(text, '\n');
    this.pendingChars += text.length + 1;
    if (this.pendingChars >= pieceChars) this.flush(false);
  }

  private flush(final: boolean): void {
    const text = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    this.gzip.push(this.encoder.encode(text), final);
  }
}

/** Joins the chunks of a stream into one array of bytes. */
export function joinChunks(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return joined;
}
