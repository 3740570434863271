// @vitest-environment jsdom
import PostalMime from 'postal-mime';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDemoDataset } from '../../../../../../shared/demo';
import { translate } from '../../../../../../shared/i18n';

// The host: Electron prints the letter into PDF bytes, a browser tab cannot (null); the draft
// the mail program would open is recorded here.
const host: { pdf: Uint8Array | null; drafts: { name: string; bytes: Uint8Array }[] } = {
  pdf: null,
  drafts: [],
};
vi.mock('../../../../../../renderer/bridge', () => ({
  bridge: {
    renderPdf: () => Promise.resolve(host.pdf),
    openEmailDraft: (draft: { name: string; bytes: Uint8Array }) => {
      host.drafts.push(draft);
      return Promise.resolve(true);
    },
  },
}));

const { openConvocationEmail } =
  await import('../../../../../../renderer/features/meetings/convocation/convocationExports');
const { convocationDocumentOf } =
  await import('../../../../../../renderer/features/meetings/convocation/convocationSource');

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('it', key, params);

function demoConvocation() {
  const dataset = buildDemoDataset({ now: new Date('2026-03-02T10:00:00Z') });
  const [demoNetwork] = dataset.networks;
  if (!demoNetwork) throw new Error('demo dataset changed: no network');
  const network = { ...demoNetwork, issuerPec: 'protocollo@pec.cittametropolitana.mi.it' };
  const meeting = dataset.meetings.find(
    (candidate) => candidate.networkId === network.id && candidate.status === 'convocata',
  );
  if (!meeting) throw new Error('demo dataset changed: no convoked meeting');
  const inputs = {
    locale: 'it' as const,
    network,
    meeting,
    items: dataset.agendaItems.filter((item) => item.meetingId === meeting.id),
    directory: {
      memberships: dataset.memberships.filter((membership) => membership.networkId === network.id),
      organizations: new Map(dataset.organizations.map((row) => [row.id, row])),
      contacts: new Map(dataset.contacts.map((row) => [row.id, row])),
    },
  };
  return { inputs, letter: convocationDocumentOf(inputs, [], '2026-03-02') };
}

afterEach(() => {
  host.pdf = null;
  host.drafts.length = 0;
});

describe('the convocation e-mail draft', () => {
  it('attaches the letter as PDF and Word, the .ics and the delega forms where the host prints PDFs', async () => {
    host.pdf = new TextEncoder().encode('%PDF-1.7 lettera');
    const { inputs, letter } = demoConvocation();

    const draft = await openConvocationEmail(t, inputs, letter, []);

    expect(draft?.pdfAttached).toBe(true);
    const parsed = await PostalMime.parse(host.drafts[0]?.bytes ?? new Uint8Array());
    expect(parsed.from?.address).toBe('protocollo@pec.cittametropolitana.mi.it');
    expect(parsed.to?.length).toBeGreaterThan(0);
    const names = parsed.attachments.map((attachment) => attachment.filename ?? '');
    const pdf = parsed.attachments[0];
    expect(pdf?.filename).toMatch(/^convocazione-seduta-\d+-\d{4}\.pdf$/);
    expect(pdf?.mimeType).toBe('application/pdf');
    expect(Array.from(new Uint8Array(pdf?.content as ArrayBuffer))).toEqual(Array.from(host.pdf));
    expect(
      names.filter((name) => name.endsWith('.docx') && name.startsWith('convocazione')),
    ).toHaveLength(1);
    expect(names.filter((name) => name.endsWith('.ics'))).toHaveLength(1);
    expect(names.filter((name) => name.startsWith('delega-')).length).toBeGreaterThan(1);
  });

  it('goes with the Word letter alone where the host cannot print a PDF, and reports the PDF missing', async () => {
    const { inputs, letter } = demoConvocation();

    const draft = await openConvocationEmail(t, inputs, letter, []);

    expect(draft?.pdfAttached).toBe(false);
    const parsed = await PostalMime.parse(host.drafts[0]?.bytes ?? new Uint8Array());
    const names = parsed.attachments.map((attachment) => attachment.filename ?? '');
    expect(names.some((name) => name.endsWith('.pdf'))).toBe(false);
    expect(names.some((name) => name.endsWith('.docx') && name.startsWith('convocazione'))).toBe(
      true,
    );
  });
});
