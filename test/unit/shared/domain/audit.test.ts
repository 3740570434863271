import { describe, expect, it } from 'vitest';
import { auditedValues } from '../../../../shared/domain';

describe('audited values', () => {
  it('keeps the size of an attachment’s bytes, never the bytes, when a record is created or removed', () => {
    const attachment = { id: 'a', fileName: 'verbale.pdf', bytes: new Uint8Array(1024) };
    expect(auditedValues(null, attachment)).toEqual({
      before: null,
      after: { id: 'a', fileName: 'verbale.pdf', bytes: { omittedBytes: 1024 } },
    });
    expect(auditedValues(attachment, null).before).toEqual({
      id: 'a',
      fileName: 'verbale.pdf',
      bytes: { omittedBytes: 1024 },
    });
  });

  it('records a replaced document as a change of size, without its content', () => {
    const before = { fileName: 'a.pdf', bytes: new Uint8Array(10) };
    const after = { fileName: 'a.pdf', bytes: new Uint8Array(20) };
    expect(auditedValues(before, after)).toEqual({
      before: { bytes: { omittedBytes: 10 } },
      after: { bytes: { omittedBytes: 20 } },
    });
  });
});
