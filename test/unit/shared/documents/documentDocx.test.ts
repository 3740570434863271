import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  documentDocx,
  documentFont,
  logoDataUrl,
  type OfficialDocument,
} from '../../../../shared/documents';
import { tinyPng } from './logoFixtures';

const document: OfficialDocument = {
  language: 'it-IT',
  title: 'Oggetto: convocazione',
  letterhead: {
    name: 'AFOL Metropolitana',
    lines: ['Via Soderini 24, Milano', 'PEC: afol@pec.example'],
    logo: { dataUrl: logoDataUrl(tinyPng), type: 'png', width: 3, height: 2, description: 'Logo' },
  },
  draftMark: 'BOZZA',
  pageLabels: { page: 'pag.', of: 'di' },
  blocks: [
    { kind: 'heading', level: 1, text: 'Oggetto: convocazione 🎉' },
    { kind: 'paragraph', text: 'Dati <trimestre> & altro' },
    {
      kind: 'table',
      table: { columns: ['Azione', 'Importo'], rows: [['A', '1.000,00 €']], numericColumns: [1] },
    },
    {
      kind: 'signatures',
      lead: ['Cordiali saluti.'],
      signatures: [{ role: 'Il Presidente', name: 'Anna Verdi' }],
    },
  ],
};

async function parts(source: OfficialDocument): Promise<Record<string, string>> {
  const files = unzipSync(await documentDocx(source));
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith('.xml'))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
}

const textOf = (xml: string): string => xml.replace(/<[^>]+>/g, '');

describe('document as a Word file', () => {
  it('numbers its pages "pag. x di y" with PAGE and NUMPAGES fields in the footer', async () => {
    const files = await parts(document);
    const footer =
      Object.entries(files).find(([name]) => name.startsWith('word/footer'))?.[1] ?? '';
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(textOf(footer)).toContain('pag.');
    expect(textOf(footer)).toContain('di');
  });

  it('prints BOZZA once, in the header, never in the body', async () => {
    const files = await parts(document);
    const headers = Object.entries(files).filter(([name]) => name.startsWith('word/header'));
    expect(headers.map(([, xml]) => textOf(xml)).join('')).toBe('BOZZA');
    expect(textOf(files['word/document.xml'] ?? '')).not.toContain('BOZZA');
    const final = await parts({ ...document, draftMark: null });
    expect(Object.keys(final).some((name) => name.startsWith('word/header'))).toBe(false);
  });

  it('keeps the text above a signature with it, and the signature row whole', async () => {
    const body = (await parts(document))['word/document.xml'] ?? '';
    const greeting = body.slice(0, body.indexOf('Cordiali saluti.'));
    const lastParagraph = greeting.slice(
      greeting.lastIndexOf('<w:p>') >= 0
        ? greeting.lastIndexOf('<w:p>')
        : greeting.lastIndexOf('<w:p '),
    );
    expect(lastParagraph).toContain('<w:keepNext/>');
    expect(body).toContain('<w:cantSplit/>');
  });

  it('uses one font for headings and body, in Italian, and fits tables to the page width', async () => {
    const files = await parts(document);
    const styles = files['word/styles.xml'] ?? '';
    const fonts = new Set([...styles.matchAll(/w:ascii="([^"]+)"/g)].map((match) => match[1]));
    expect([...fonts]).toEqual([documentFont]);
    expect(styles).toContain('w:val="it-IT"');
    const body = files['word/document.xml'] ?? '';
    expect(body).toContain('<w:tblLayout w:type="fixed"/>');
    expect(body).toMatch(/<w:tblW w:type="dxa" w:w="9638"\/>/);
    expect(body).toContain('<w:tblHeader/>');
  });

  it('heads the first page with the letterhead and its logo, and strips emoji', async () => {
    const zip = unzipSync(await documentDocx(document));
    expect(Object.keys(zip).some((name) => name.startsWith('word/media/'))).toBe(true);
    const text = textOf(strFromU8(zip['word/document.xml'] ?? new Uint8Array()));
    expect(text.indexOf('AFOL Metropolitana')).toBeLessThan(text.indexOf('Oggetto'));
    expect(text).toContain('PEC: afol@pec.example');
    expect(text).toContain('Dati &lt;trimestre&gt; &amp; altro');
    expect(text).not.toContain('🎉');
  });
});
