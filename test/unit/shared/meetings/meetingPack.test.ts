import { describe, expect, it } from 'vitest';
import { meetingPackFiles } from '../../../../shared/meetings';

const bytes = new Uint8Array([1]);

describe('meeting pack', () => {
  it('puts the convocation first and names documents after their item, in agenda order', () => {
    const files = meetingPackFiles(
      [
        { name: 'convocazione-seduta-3-2026.docx', bytes },
        { name: 'convocazione-seduta-3-2026.ics', bytes },
      ],
      [
        { fileName: 'relazione.pdf', itemNumber: 4, bytes },
        { fileName: 'verbale.pdf', itemNumber: 1, bytes },
        { fileName: 'relazione.pdf', itemNumber: 4, bytes },
        { fileName: 'a/b:c.pdf', itemNumber: null, bytes },
      ],
    );
    expect(files.map((file) => file.name)).toEqual([
      'convocazione-seduta-3-2026.docx',
      'convocazione-seduta-3-2026.ics',
      'a_b_c.pdf',
      'punto-01-verbale.pdf',
      'punto-04-relazione.pdf',
      'punto-04-relazione (2).pdf',
    ]);
  });
});
