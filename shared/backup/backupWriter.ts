import { Gzip } from 'fflate';
import { encodeBinary } from './binaryJson';
import {
  fullBackupFormatVersion,
  incrementalBackupFormatVersion,
  type BackupBase,
  type BackupHeader,
  type BackupMeta,
} from './backupFormat';

/** Receives the compressed bytes as they are produced. */
export type ChunkSink = (chunk: Uint8Array) => void;

/**
 * Compresses a backup's text into gzip as it comes, handing the compressed bytes to a sink:
 * fflate's gzip in JavaScript everywhere, or the engine's own where the host has one.
 */
export type Compressor = {
  /** Takes the next piece of text; `final` closes the stream. */
  push(text: Uint8Array<ArrayBuffer>, final: boolean): void;
  /** True while more text waits to be compressed than a backup should hold in memory. */
  readonly backlogged: boolean;
  /** Resolves once the waiting text is back within bounds. */
  drained(): Promise<void>;
  /** Resolves once every compressed byte has reached the sink; rejects if compression failed. */
  done(): Promise<void>;
};

/** Makes a compressor writing into a sink. */
export type CompressorFactory = (sink: ChunkSink) => Compressor;

/** gzip in JavaScript (fflate), synchronous: never backlogged. */
export const fflateGzip: CompressorFactory = (sink) => {
  const gzip = new Gzip({ level: 4 }, (chunk) => sink(chunk));
  return {
    push: (text, final) => gzip.push(text, final),
    backlogged: false,
    drained: () => Promise.resolve(),
    done: () => Promise.resolve(),
  };
};

// Lines are gathered into pieces of this size before compression: pushing each short line on
// its own would compress each into a block of its own.
const pieceChars = 256 * 1024;

/**
 * Writes a backup line by line into a gzip stream: a header, then each table with its rows, then
 * an end line. Rows are serialised one at a time, so the whole database never becomes one string.
 */
export class BackupWriter {
  private readonly compressor: Compressor;
  private readonly encoder = new TextEncoder();
  private pending: string[] = [];
  private pendingChars = 0;
  private rows = 0;

  constructor(
    meta: BackupMeta & { rowCounts: Record<string, number>; base?: BackupBase },
    sink: ChunkSink,
    compress: CompressorFactory = fflateGzip,
  ) {
    this.compressor = compress(sink);
    const header: BackupHeader = {
      format: 'regia-backup',
      formatVersion: meta.base ? incrementalBackupFormatVersion : fullBackupFormatVersion,
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

  /** Writes the end line and closes the stream; `done` then says when the last byte is out. */
  finish(): void {
    this.line(JSON.stringify({ end: true, rows: this.rows }));
    this.flush(true);
  }

  /** True while the compressor is behind: the caller should wait for `drained` before more rows. */
  get backlogged(): boolean {
    return this.compressor.backlogged;
  }

  /** Resolves once the compressor has caught up enough to take more rows. */
  drained(): Promise<void> {
    return this.compressor.drained();
  }

  /** Resolves once every compressed byte has reached the sink, after `finish`. */
  done(): Promise<void> {
    return this.compressor.done();
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
    this.compressor.push(this.encoder.encode(text), final);
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
