import type { BackupProblem, BackupSummary } from '../../../shared/backup';
import type { AuditIdentity } from '../../db';

/** What the page asks of the backup worker. */
export type BackupWorkerRequest =
  | { kind: 'write'; databaseName: string; appVersion: string }
  | { kind: 'inspect'; bytes: Uint8Array }
  | { kind: 'restore'; databaseName: string; bytes: Uint8Array; identity: AuditIdentity };

/** What the worker answers: bytes, a summary, the problem of the file, or why it failed. */
export type BackupWorkerResponse =
  | { ok: true; kind: 'bytes'; bytes: Uint8Array<ArrayBuffer> }
  | { ok: true; kind: 'summary'; summary: BackupSummary }
  | { ok: false; problem: BackupProblem }
  | { ok: false; message: string };
