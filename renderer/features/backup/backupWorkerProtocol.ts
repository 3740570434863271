import type { BackupProblem, BackupSummary } from '../../../shared/backup';
import type { AuditIdentity } from '../../db';
import type { IncrementalBase, IncrementalOutcome } from '../../db/backupDelta';

/**
 * What the page asks of the backup worker. A copy to inspect or restore is a list of files: a
 * full backup, then the incremental copies built on it, in order.
 */
export type BackupWorkerRequest =
  | { kind: 'write'; databaseName: string; appVersion: string }
  | { kind: 'writeIncremental'; databaseName: string; appVersion: string; base: IncrementalBase }
  | { kind: 'inspect'; files: Uint8Array[] }
  | { kind: 'restore'; databaseName: string; files: Uint8Array[]; identity: AuditIdentity };

/** What the worker answers: bytes, an incremental outcome, a summary, the file's problem, or why it failed. */
export type BackupWorkerResponse =
  | { ok: true; kind: 'bytes'; bytes: Uint8Array<ArrayBuffer> }
  | { ok: true; kind: 'incremental'; outcome: IncrementalOutcome }
  | { ok: true; kind: 'summary'; summary: BackupSummary }
  | { ok: false; problem: BackupProblem }
  | { ok: false; message: string };
