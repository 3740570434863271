import { describe, expect, it } from 'vitest';
import { officialDocument, officialText } from '../../../../shared/documents';

describe('official text', () => {
  it('drops emoji, flags, skin tones and keycaps but keeps accented letters and legal signs', () => {
    expect(officialText('Approvazione 👍🏽 del piano 🇮🇹 ✅ già fatto © ®')).toBe(
      'Approvazione del piano già fatto © ®',
    );
    expect(officialText('Punto 1️⃣ e 👩‍💻 lavoro')).toBe('Punto 1 e lavoro');
  });

  it('drops control characters and bidirectional overrides, keeping line breaks', () => {
    expect(officialText('a\u0007b\u202ec\u0000\r\nd\te  f')).toBe('abc\nd e f');
  });

  it('cleans every text of a document, tables and signatures included', () => {
    const document = officialDocument({
      language: 'it-IT',
      title: 'Verbale 📄',
      letterhead: null,
      draftMark: null,
      pageLabels: { page: 'pag.', of: 'di' },
      blocks: [
        { kind: 'table', table: { columns: ['Azione 🚀'], rows: [['Fare 🙂']] } },
        {
          kind: 'signatures',
          lead: ['Saluti 👋'],
          signatures: [{ role: 'Il Presidente', name: 'Anna 😀' }],
        },
      ],
    });
    expect(document.title).toBe('Verbale');
    expect(JSON.stringify(document.blocks)).not.toMatch(/\p{Extended_Pictographic}/u);
  });
});
