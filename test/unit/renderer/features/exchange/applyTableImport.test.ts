import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  parseAppliedChanges,
  planTableImport,
  readSpreadsheet,
  readTableRows,
  recordedChangeCount,
  recordedTableCount,
  spreadsheetLimits,
  suggestMapping,
  tableChangeCount,
  tableImportCount,
  type TableImportCount,
} from '../../../../../shared/exchange';
import { translate } from '../../../../../shared/i18n';
import { addDataset, createRepositories } from '../../../../../renderer/db';
import {
  applyTableImport,
  readTablePlanningData,
} from '../../../../../renderer/features/exchange/table/applyTableImport';
import { undoImport } from '../../../../../renderer/features/exchange/history/undoImport';
import { createTestContext } from '../../db/testDatabase';
import { partnerFixture } from '../../../shared/exchange/exchangeFixtures';

const csv = [
  'Ragione sociale;Comune;Aderente dal;Nome;Cognome;Email referente',
  'Comune di Segrate;Segrate;01/01/2026;Anna;Verdi;a.verdi@comune.segrate.mi.it',
  'Cooperativa Nuova Aurora;Vizzolo Predabissi;5 febbraio 2026;Marco;Galli;m.galli@nuovaaurora.it',
].join('\n');

async function planned(text = csv) {
  const fixture = partnerFixture();
  const context = createTestContext();
  const repositories = createRepositories(context);
  await addDataset(context, fixture.dataset, { source: 'demo' });
  const sheet = readSpreadsheet(new TextEncoder().encode(text), spreadsheetLimits).sheets[0];
  if (!sheet) throw new Error('no sheet');
  const rows = readTableRows(sheet, suggestMapping(text.split('\n')[0]?.split(';') ?? []));
  const read = await readTablePlanningData(context.db, fixture.networkId);
  const plan = planTableImport(rows, read.organizations, read.contacts);
  return { fixture, db: context.db, repositories, plan, memberIds: read.memberIds };
}

/** What the import wrote, counted from its own record of created rows. */
function createdCount(applied: readonly unknown[]): TableImportCount {
  const changes = parseAppliedChanges(applied);
  const created = (table: string): number =>
    changes.filter((change) => change.operation === 'create' && change.table === table).length;
  return {
    organizations: created('organizations'),
    contacts: created('contacts'),
    members: created('memberships'),
  };
}

describe('applying a table import', () => {
  it('creates only new organizations, adds them to the network, links contacts to existing ones, in one batch', async () => {
    const { fixture, db, repositories, plan } = await planned();
    const organizationsBefore = await db.organizations.count();
    const batch = await applyTableImport(db, repositories, plan, new Map(), {
      networkId: fixture.networkId,
      fileName: 'enti.csv',
      addToNetwork: true,
    });

    expect(await db.organizations.count()).toBe(organizationsBefore + 1);
    const aurora = await db.organizations.where('name').equals('Cooperativa Nuova Aurora').first();
    expect(aurora).toMatchObject({ type: 'cooperativaSociale', comune: 'Vizzolo Predabissi' });
    expect(
      await db.memberships
        .where('[networkId+organizationId]')
        .equals([fixture.networkId, aurora?.id ?? ''])
        .first(),
    ).toMatchObject({
      role: 'partner',
      from: '2026-02-05',
    });
    expect(await db.contacts.where('lastName').equals('Verdi').first()).toMatchObject({
      organizationId: fixture.partnerId,
    });
    const audit = await db.auditEntries.where('batchId').equals(batch.id).toArray();
    expect(audit.map((entry) => `${entry.table}:${entry.operation}`).sort()).toEqual([
      'contacts:create',
      'contacts:create',
      'exchangeBatches:update',
      'memberships:create',
      'organizations:create',
    ]);
  });

  it('can be undone: what it created is archived, nothing else is touched', async () => {
    const { fixture, db, repositories, plan } = await planned();
    const segrate = await db.organizations.get(fixture.partnerId);
    const batch = await applyTableImport(db, repositories, plan, new Map(), {
      networkId: fixture.networkId,
      fileName: 'enti.csv',
      addToNetwork: true,
    });
    await undoImport(db, repositories, batch.id);
    expect(
      (await db.organizations.where('name').equals('Cooperativa Nuova Aurora').first())?.archivedAt,
    ).not.toBeNull();
    expect(
      (await db.contacts.where('lastName').equals('Verdi').first())?.archivedAt,
    ).not.toBeNull();
    expect(await db.organizations.get(fixture.partnerId)).toEqual(segrate);
  });

  it('says the same numbers in the review, the notice and the history, and they are what it wrote', async () => {
    const text = [
      'Ragione sociale;Comune;Nome;Cognome',
      'Comune di Segrate;Segrate;Anna;Verdi',
      'Comune di Segrate;Segrate;Luca;Neri',
      'Cooperativa Nuova Aurora;Vizzolo Predabissi;Marco;Galli',
      'Associazione Ponte Solidale;Peschiera Borromeo;Paolo;Sala',
      'Fondazione Nuovi Orizzonti;San Giuliano Milanese;;',
    ].join('\n');
    const { fixture, db, repositories, plan, memberIds } = await planned(text);
    const ponte = plan.organizations.find((organization) =>
      organization.values.name.startsWith('Associazione Ponte'),
    );
    if (!ponte) throw new Error('plan changed');
    const choices = new Map([[ponte.key, 'skip']]);
    const review = tableImportCount(plan, choices, { addToNetwork: true, memberIds });
    const batch = await applyTableImport(db, repositories, plan, choices, {
      networkId: fixture.networkId,
      fileName: 'enti.csv',
      addToNetwork: true,
    });
    const stored = await db.exchangeBatches.get(batch.id);
    if (!stored) throw new Error('batch not stored');

    expect(review).toEqual({ organizations: 2, contacts: 3, members: 2 });
    expect(recordedTableCount(batch.baseSnapshot)).toEqual(review);
    expect(recordedTableCount(stored.baseSnapshot)).toEqual(review);
    expect(createdCount(stored.applied)).toEqual(review);
    expect(recordedChangeCount(stored)).toBe(tableChangeCount(review));
    expect(translate('it', 'exchange.table.count', review)).toBe(
      '2 enti e 3 referenti creati; 2 enti aggiunti alla rete',
    );
  });

  it('gives each organization the role in the network its row names, as the person mapped it', async () => {
    const text = [
      'Ragione sociale;Ruolo nella rete',
      'Cooperativa Nuova Aurora;Capofila',
      'Fondazione Nuovi Orizzonti;Sostenitore',
    ].join('\n');
    const { fixture, db, repositories, plan } = await planned(text);
    await applyTableImport(db, repositories, plan, new Map(), {
      networkId: fixture.networkId,
      fileName: 'ruoli.csv',
      addToNetwork: true,
    });
    const roleOf = async (name: string) => {
      const organization = await db.organizations.where('name').equals(name).first();
      return (
        await db.memberships
          .where('[networkId+organizationId]')
          .equals([fixture.networkId, organization?.id ?? ''])
          .first()
      )?.role;
    };
    expect(await roleOf('Cooperativa Nuova Aurora')).toBe('capofila');
    expect(await roleOf('Fondazione Nuovi Orizzonti')).toBe('partner');
  });
  it('writes nothing when an organization chosen as existing is gone since the review', async () => {
    const { fixture, db, repositories, plan } = await planned();
    const aurora = plan.organizations.find((organization) =>
      organization.values.name.startsWith('Cooperativa Nuova Aurora'),
    );
    if (!aurora) throw new Error('plan changed');
    const gone = crypto.randomUUID();
    const counts = async () => [
      await db.organizations.count(),
      await db.memberships.count(),
      await db.contacts.count(),
      await db.exchangeBatches.count(),
    ];
    const before = await counts();

    await expect(
      applyTableImport(db, repositories, plan, new Map([[aurora.key, gone]]), {
        networkId: fixture.networkId,
        fileName: 'enti.csv',
        addToNetwork: true,
      }),
    ).rejects.toThrow(`Ente ${gone} non trovato`);
    expect(await counts()).toEqual(before);
  });

  it('adds no second membership to an organization of the network, even one whose membership is archived', async () => {
    const { fixture, db, repositories, plan } = await planned();
    const membership = await db.memberships
      .where('[networkId+organizationId]')
      .equals([fixture.networkId, fixture.partnerId])
      .first();
    if (!membership) throw new Error('Comune di Segrate is no member of the demo network');
    await db.memberships.update(membership.id, { archivedAt: '2026-01-31T09:00:00.000Z' });

    await applyTableImport(db, repositories, plan, new Map(), {
      networkId: fixture.networkId,
      fileName: 'enti.csv',
      addToNetwork: true,
    });

    expect(
      await db.memberships
        .where('[networkId+organizationId]')
        .equals([fixture.networkId, fixture.partnerId])
        .count(),
    ).toBe(1);
  });
});
