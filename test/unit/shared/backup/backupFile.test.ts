import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  backupFormatVersion,
  fullBackupFormatVersion,
  decodeBackup,
  encodeBackup,
  readBackupHeader,
  summarizeBackup,
  type Backup,
  type BackupTables,
} from '../../../../shared/backup';
import { networkSchema, tableNames } from '../../../../shared/domain';

const at = '2026-03-02T10:00:00.000Z';
// Parsed, so that it carries every field the schema gives a network, whatever fields it gains.
const network = networkSchema.parse({
  id: '5b0f3c1e-8d2a-4c6b-9e7f-1a2b3c4d5e6f',
  createdAt: at,
  updatedAt: at,
  rev: 1,
  archivedAt: null,
  name: 'Cabina di regia Sud-Est Milano',
  territory: 'Sud-Est Milano',
  programme: '',
  periodFrom: null,
  periodTo: null,
  coordinatingOrganizationId: null,
  description: '',
  quorumRule: 'maggioranza' as const,
});

function emptyTables(): BackupTables {
  return Object.fromEntries(tableNames.map((name) => [name, []])) as unknown as BackupTables;
}

function sampleBackup(): Backup {
  return {
    createdAt: at,
    appVersion: '0.1.0',
    schemaVersion: 2,
    tables: { ...emptyTables(), networks: [network] },
  };
}

const gzipJson = (value: unknown): Uint8Array => gzipSync(strToU8(JSON.stringify(value)));

describe('backup file', () => {
  it('round-trips a backup and summarizes what it holds', () => {
    const decoded = decodeBackup(encodeBackup(sampleBackup()));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.backup).toEqual(sampleBackup());
    const summary = summarizeBackup(decoded.backup);
    expect(summary.totalRows).toBe(1);
    expect(summary.rowCounts.networks).toBe(1);
    expect(summary.networkNames).toEqual(['Cabina di regia Sud-Est Milano']);
  });

  it('keeps binary values such as attachments byte for byte', () => {
    const backup = sampleBackup();
    const bytes = Uint8Array.from({ length: 70_000 }, (_, index) => (index * 31) % 256);
    backup.tables.settings = [{ key: 'logo', value: bytes }];
    const decoded = decodeBackup(encodeBackup(backup));
    if (!decoded.ok) throw new Error('did not decode');
    expect(decoded.backup.tables.settings[0]?.value).toEqual(bytes);
  });

  it('refuses a file that is not gzip with a plain-Italian reason', () => {
    const decoded = decodeBackup(strToU8('nome,email\nAFOL,info@afol.it\n'.repeat(3)));
    expect(decoded).toEqual({
      ok: false,
      problem: { kind: 'invalid', details: 'il file non è un backup compresso di Regia' },
    });
  });

  it('refuses a truncated file', () => {
    const bytes = encodeBackup(sampleBackup());
    const decoded = decodeBackup(bytes.subarray(0, bytes.length - 10));
    expect(decoded.ok).toBe(false);
  });

  it('counts the inflated size while inflating and ignores the size the gzip trailer claims', () => {
    const backup = sampleBackup();
    backup.tables.settings = [{ key: 'padding', value: 'x'.repeat(200_000) }];
    const bytes = new Uint8Array(encodeBackup(backup));
    // The trailer lies that the content is tiny: the read must not believe it.
    new DataView(bytes.buffer).setUint32(bytes.length - 4, 10, true);
    const limits = { maxInflatedBytes: 100_000, maxLineBytes: 1_000_000 };
    expect(decodeBackup(bytes, { newestSchemaVersion: 5, limits })).toEqual({
      ok: false,
      problem: { kind: 'invalid', details: 'il file è troppo grande' },
    });
    // Within the cap, the same lie is caught when the content is checked against the trailer.
    expect(decodeBackup(bytes)).toEqual({
      ok: false,
      problem: { kind: 'invalid', details: 'il file è danneggiato o incompleto' },
    });
  });

  it('refuses a line longer than the limit of one row', () => {
    const backup = sampleBackup();
    backup.tables.settings = [{ key: 'padding', value: 'x'.repeat(50_000) }];
    const limits = { maxInflatedBytes: 10_000_000, maxLineBytes: 10_000 };
    expect(decodeBackup(encodeBackup(backup), { newestSchemaVersion: 5, limits })).toEqual({
      ok: false,
      problem: { kind: 'invalid', details: 'una riga del backup è troppo lunga' },
    });
  });

  it('refuses a backup written under a newer schema than this build holds', () => {
    const decoded = decodeBackup(encodeBackup({ ...sampleBackup(), schemaVersion: 9 }), {
      newestSchemaVersion: 5,
    });
    expect(decoded).toEqual({ ok: false, problem: { kind: 'newerSchema', schemaVersion: 9 } });
  });

  it('reads a file of the first format, one JSON object of the whole database', () => {
    const decoded = decodeBackup(
      gzipJson({ format: 'regia-backup', formatVersion: 1, ...sampleBackup() }),
    );
    expect(decoded).toEqual({ ok: true, backup: sampleBackup() });
  });

  it('writes one line per row after a header that counts every table', () => {
    const backup = sampleBackup();
    const lines = strFromU8(gunzipSync(encodeBackup(backup)))
      .trimEnd()
      .split('\n');
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      format: 'regia-backup',
      formatVersion: fullBackupFormatVersion,
      schemaVersion: 2,
      rowCounts: { networks: 1, contacts: 0 },
    });
    expect(lines).toHaveLength(1 + tableNames.length + 1 + 1);
    expect(JSON.parse(lines.at(-1) ?? '')).toEqual({ end: true, rows: 1 });
    expect(readBackupHeader(encodeBackup(backup)).createdAt).toBe(at);
  });

  it('refuses a file cut short even at a line boundary', () => {
    const text = strFromU8(gunzipSync(encodeBackup(sampleBackup())));
    const withoutEnd = text.slice(0, text.trimEnd().lastIndexOf('\n') + 1);
    expect(decodeBackup(gzipSync(strToU8(withoutEnd)))).toEqual({
      ok: false,
      problem: { kind: 'invalid', details: 'il file è danneggiato o incompleto' },
    });
  });

  it('refuses a backup written by a newer format', () => {
    const decoded = decodeBackup(
      gzipJson({
        format: 'regia-backup',
        ...sampleBackup(),
        formatVersion: backupFormatVersion + 1,
      }),
    );
    expect(decoded).toEqual({
      ok: false,
      problem: { kind: 'newer', formatVersion: backupFormatVersion + 1 },
    });
  });

  it('refuses a backup with an invalid row and names the table, row and field', () => {
    const broken = { ...network, name: '' };
    const decoded = decodeBackup(
      gzipJson({
        format: 'regia-backup',
        formatVersion: 1,
        ...sampleBackup(),
        tables: { networks: [network, broken] },
      }),
    );
    expect(decoded).toEqual({
      ok: false,
      problem: { kind: 'invalid', details: 'tabella networks, riga 2, campo name non valido' },
    });
  });

  it('refuses an empty backup instead of wiping the database', () => {
    const decoded = decodeBackup(encodeBackup({ ...sampleBackup(), tables: emptyTables() }));
    expect(decoded).toEqual({
      ok: false,
      problem: { kind: 'invalid', details: 'il backup non contiene dati' },
    });
  });

  it('ignores __proto__ keys and unknown tables without touching any prototype', () => {
    const json = JSON.stringify({
      format: 'regia-backup',
      formatVersion: 1,
      ...sampleBackup(),
    }).replace(
      '"networks":[{',
      '"__proto__":[{"polluted":true}],"networks":[{"__proto__":{"polluted":true},',
    );
    const decoded = decodeBackup(gzipSync(strToU8(json)));
    expect(decoded.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (decoded.ok)
      expect(Object.keys(decoded.backup.tables.networks[0] ?? {})).not.toContain('__proto__');
  });
});
