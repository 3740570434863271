import { describe, expect, it } from 'vitest';
import { reportBlocks, reportSigning } from '../../../../shared/documents';
import type { ReportDocument } from '../../../../shared/projects';

const report: ReportDocument = { title: 'Rapporto', subtitle: [], sections: [] };
const pageLabels = { page: 'pag.', of: 'di' };

describe('the signature block of a project report', () => {
  it('gives the place and date in letters, then the president and the secretariat by name', () => {
    const signing = reportSigning(
      'it',
      { issuerPlace: ' Como ', presidentName: 'Anna Riva', secretaryName: 'Luca Bassi' },
      '2026-12-06',
    );
    expect(signing).toEqual({
      kind: 'signatures',
      lead: ['Como, 6 dicembre 2026'],
      signatures: [
        { role: 'Il Presidente della cabina di regia', name: 'Anna Riva' },
        { role: 'La Segreteria tecnica', name: 'Luca Bassi' },
      ],
    });
  });

  it('gives the date alone where the network has no place, and leaves unnamed signatories to sign by hand', () => {
    const signing = reportSigning(
      'en',
      { issuerPlace: '', presidentName: '', secretaryName: '' },
      '2027-01-15',
    );
    expect(signing.lead).toEqual(['15 January 2027']);
    expect(signing.signatures.map((signature) => signature.name)).toEqual(['', '']);
  });

  it('closes the report document, after its last section', () => {
    const signing = reportSigning(
      'it',
      { issuerPlace: 'Como', presidentName: 'Anna Riva', secretaryName: '' },
      '2026-12-06',
    );
    expect(reportBlocks('it', report, null, pageLabels, signing).blocks.at(-1)).toBe(signing);
    expect(
      reportBlocks('it', report, null, pageLabels).blocks.some(
        (block) => block.kind === 'signatures',
      ),
    ).toBe(false);
  });
});
