import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { convocationDocx } from '../../../../../renderer/features/meetings/convocation/convocationDocx';
import type { ConvocationDocument } from '../../../../../shared/meetings';

const letter: ConvocationDocument = {
  sender: 'Patto Sud-Est Milano — AFOL Metropolitana',
  heading: 'Convocazione',
  subject: 'Oggetto: convocazione della seduta ordinaria Seduta n. 3/2026 — Patto Sud-Est Milano',
  recipients: 'Ai componenti: Comune di Segrate',
  opening: 'La S.V. è invitata a partecipare alla seduta.',
  facts: [{ label: 'Data', value: 'mercoledì 15 aprile 2026' }],
  agendaHeading: 'Ordine del giorno',
  agenda: [
    {
      number: 1,
      title: 'Approvazione del verbale',
      details: 'Deliberazione · 5 minuti',
      description: '',
    },
    {
      number: 2,
      title: 'Monitoraggio & dati',
      details: 'Informativa · 30 minuti',
      description: 'Dati <trimestre>',
    },
  ],
  closing: 'Cordiali saluti.',
  signatureRole: 'Il Presidente',
  signatureName: 'Anna Verdi',
};

describe('convocation as a Word file', () => {
  it('is a DOCX package whose body holds the heading, the day and the agenda in order', async () => {
    const files = unzipSync(await convocationDocx(letter));
    const body = files['word/document.xml'];
    expect(body).toBeDefined();
    const xml = strFromU8(body ?? new Uint8Array());
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Convocazione');
    expect(text).toContain('mercoledì 15 aprile 2026');
    expect(text).toContain('Dati &lt;trimestre&gt;');
    const first = text.indexOf('1. Approvazione del verbale');
    const second = text.indexOf('2. Monitoraggio &amp; dati');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first);
  });
});
