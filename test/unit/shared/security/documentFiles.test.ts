import { describe, expect, it } from 'vitest';
import { isOpenableDocument, writableDocumentName } from '../../../../shared/security';

describe('documents opened with the system application', () => {
  it.each(['verbale.pdf', 'Relazione FINALE.DOCX', 'tabella.ods', 'foto.jpeg'])(
    'opens %s',
    (name) => expect(isOpenableDocument(name)).toBe(true),
  );

  it.each([
    'installa.exe',
    'script.sh',
    'collegamento.desktop',
    'macro.xlsm',
    'pacchetto.zip',
    'verbale.pdf.exe',
    '.pdf',
    'senza-estensione',
  ])('refuses %s', (name) => expect(isOpenableDocument(name)).toBe(false));

  it('makes any stored name writable on every file system', () => {
    expect(writableDocumentName('Verbale: seduta 3/2026?.pdf')).toBe('Verbale_ seduta 3_2026_.pdf');
    expect(writableDocumentName('a\u0000b.pdf')).toBe('a_b.pdf');
    expect(writableDocumentName('..')).toBe('documento');
    expect(writableDocumentName('Relazione annuale.docx')).toBe('Relazione annuale.docx');
  });
});
