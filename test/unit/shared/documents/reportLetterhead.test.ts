import { describe, expect, it } from 'vitest';
import {
  documentDocx,
  logoDataUrl,
  networkLetterheadOf,
  reportBlocks,
  reportSigning,
} from '../../../../shared/documents';
import { networkSchema } from '../../../../shared/domain';
import type { ReportDocument } from '../../../../shared/projects';
import { convertWithLibreOffice } from '../../../support/libreOffice';
import { textOfPdf } from '../../../support/pdfText';
import { tinyPng } from './logoFixtures';

const network = networkSchema.parse({
  id: '1c6b9a40-0000-4000-8000-000000000001',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  rev: 1,
  archivedAt: null,
  name: 'Cabina di regia Sud-Est',
  issuerName: 'Città metropolitana di Milano',
  issuerAddress: 'Via Vivaio 1, 20122 Milano',
  issuerPec: 'protocollo@pec.cittametropolitana.mi.it',
  issuerLogo: logoDataUrl(tinyPng),
});

const report: ReportDocument = {
  title: 'Relazione di monitoraggio — Sportello Lavoro Sud Est',
  subtitle: ['Al 2 marzo 2026'],
  sections: [
    {
      heading: 'Indicatori',
      paragraphs: ['Valori dichiarati dai partner.'],
      table: {
        columns: ['Indicatore', 'Valore'],
        rows: [
          [
            { kind: 'text', text: 'Persone prese in carico' },
            { kind: 'number', value: 120, format: 'number' },
          ],
        ],
        totals: null,
      },
    },
  ],
};

describe('a project report as an official document', () => {
  it('carries the network’s letterhead, page numbers and signature block when LibreOffice opens it', async () => {
    const letterhead = networkLetterheadOf('it', network, null);
    const signing = reportSigning(
      'it',
      { issuerPlace: 'Milano', presidentName: 'Maria Colombo', secretaryName: '' },
      '2026-03-02',
    );
    const document = reportBlocks('it', report, letterhead, { page: 'pag.', of: 'di' }, signing);
    expect(document.letterhead?.logo?.description).toBe('Logo di Città metropolitana di Milano');

    const text = textOfPdf(
      await convertWithLibreOffice(await documentDocx(document), 'docx', 'pdf'),
    );

    expect(text).toContain('Città metropolitana di Milano');
    expect(text).toContain('Via Vivaio 1, 20122 Milano');
    expect(text).toContain('PEC: protocollo@pec.cittametropolitana.mi.it');
    expect(text).toContain('Relazione di monitoraggio — Sportello Lavoro Sud Est');
    expect(text).toContain('Persone prese in carico');
    expect(text).toContain('pag. 1 di 1');
    expect(text).toContain('Milano, 2 marzo 2026');
    expect(text).toMatch(/Il Presidente della cabina di regia\s+La Segreteria tecnica/);
    expect(text).toContain('Maria Colombo');
  }, 120_000);
});
