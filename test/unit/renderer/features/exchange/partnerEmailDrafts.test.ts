import 'fake-indexeddb/auto';
import PostalMime from 'postal-mime';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';
import type { SaveFilesRequest } from '../../../../../shared/contract';
import { buildDemoDataset } from '../../../../../shared/demo';
import { officialAddressOf } from '../../../../../shared/documents';
import { addDataset } from '../../../../../renderer/db';
import { createTestContext } from '../../db/testDatabase';

// What the host was handed: the desktop opens one draft in the mail program or saves several
// in a folder; here the bridge records them instead.
const opened: { name: string; bytes: Uint8Array }[] = [];
const saved: SaveFilesRequest[] = [];
vi.mock('../../../../../renderer/bridge', () => ({
  bridge: {
    openEmailDraft: (request: { name: string; bytes: Uint8Array }) => {
      opened.push(request);
      return Promise.resolve(true);
    },
    saveFiles: (request: SaveFilesRequest) => {
      saved.push(request);
      return Promise.resolve({ saved: true, location: 'Bozze', count: request.files.length });
    },
  },
}));

const { exportPartnerWorkbooks } =
  await import('../../../../../renderer/features/exchange/export/exportWorkbooks');
const { deliverAsEmailDrafts } =
  await import('../../../../../renderer/features/exchange/export/partnerEmailDrafts');

const sender = {
  name: 'Città metropolitana di Milano',
  address: 'protocollo@pec.cittametropolitana.mi.it',
};

async function seeded() {
  const dataset = buildDemoDataset({ now: new Date('2026-03-02T10:00:00Z') });
  const context = createTestContext();
  await addDataset(context, dataset, { source: 'demo' });
  const network = dataset.networks[0];
  if (!network) throw new Error('demo dataset changed: no network');
  const owners = new Set(
    dataset.actions
      .filter((action) => action.networkId === network.id)
      .map((action) => action.ownerOrganizationId),
  );
  const partners = dataset.organizations.filter((organization) => owners.has(organization.id));
  return { dataset, context, network, partners };
}

/** Exports the partners' workbooks as Regia's "Bozze e-mail ai partner" does. */
function sendDrafts(data: Awaited<ReturnType<typeof seeded>>, partnerIds: string[]) {
  return exportPartnerWorkbooks({
    context: data.context,
    network: data.network,
    partnerIds,
    returnBy: '2026-03-16',
    today: '2026-03-02',
    title: 'Bozze e-mail ai partner',
    onProgress: () => undefined,
    deliver: (workbooks) =>
      deliverAsEmailDrafts(
        {
          locale: 'it',
          networkName: data.network.name,
          sender,
          returnBy: '2026-03-16',
          title: 'Bozze e-mail ai partner',
          archiveName: 'bozze-email-schede-2026-03-02.zip',
        },
        workbooks,
      ),
  });
}

afterEach(() => {
  opened.length = 0;
  saved.length = 0;
});

describe('partner workbooks as e-mail drafts', () => {
  it('writes one draft per partner, to its PEC or e-mail, with its own workbook attached, and records each export', async () => {
    const data = await seeded();
    const chosen = data.partners.slice(0, 2);
    expect(chosen).toHaveLength(2);

    const outcome = await sendDrafts(
      data,
      chosen.map((partner) => partner.id),
    );

    expect(outcome).toMatchObject({ saved: true, count: 2 });
    expect(opened).toHaveLength(0);
    const files = saved[0]?.files ?? [];
    expect(files.map((file) => file.name).every((name) => /^scheda-.+\.eml$/.test(name))).toBe(
      true,
    );
    const drafts = await Promise.all(files.map((file) => PostalMime.parse(file.bytes)));
    for (const partner of chosen) {
      const parsed = drafts.find((draft) => draft.subject?.endsWith(`— ${partner.name}`));
      expect(parsed, partner.name).toBeDefined();
      if (!parsed) continue;
      const address = officialAddressOf(partner);
      expect(address).not.toBe('');
      expect(parsed.to?.map((mailbox) => mailbox.address)).toEqual([address]);
      expect(parsed.from?.address).toBe(sender.address);
      expect(parsed.text).toContain(`Gentili referenti di ${partner.name},`);
      expect(parsed.text).toContain('entro il 16 marzo 2026');
      const [attachment] = parsed.attachments;
      expect(attachment?.filename).toMatch(/^scheda-.+\.xlsx$/);
      const workbook = XLSX.read(new Uint8Array(attachment?.content as ArrayBuffer));
      const actionsSheet = workbook.SheetNames.find((name) => name.startsWith('Azioni'));
      const actions = XLSX.utils.sheet_to_csv(workbook.Sheets[actionsSheet ?? ''] ?? {});
      const owned = data.dataset.actions.filter(
        (action) =>
          action.networkId === data.network.id &&
          action.ownerOrganizationId === partner.id &&
          !action.archivedAt,
      );
      expect(owned.length).toBeGreaterThan(0);
      for (const action of owned) expect(actions).toContain(action.title);
    }
    const batches = await data.context.db.exchangeBatches.toArray();
    expect(batches.map((batch) => batch.partnerOrganizationId).sort()).toEqual(
      chosen.map((partner) => partner.id).sort(),
    );
  });

  it('opens a single partner’s draft in the mail program', async () => {
    const data = await seeded();
    const [partner] = data.partners;
    const outcome = await sendDrafts(data, [partner?.id ?? '']);

    expect(saved).toHaveLength(0);
    expect(opened).toHaveLength(1);
    expect(outcome).toMatchObject({ saved: true, count: 1, location: opened[0]?.name });
    const parsed = await PostalMime.parse(opened[0]?.bytes ?? new Uint8Array());
    expect(parsed.attachments).toHaveLength(1);
  });
});
