import type { ExchangeBatch } from '../../../../shared/domain';
import type { AppliedChange, TablePlan } from '../../../../shared/exchange';
import type { Repositories, RegiaDatabase } from '../../../db';

/** What to do with an organization of the file: `create` it, `skip` it, or use the existing one with this id. */
export type OrganizationChoice = string;

/** The choice Regia proposes: the likely duplicate, else a new organization. */
export function proposedChoice(
  organization: TablePlan['organizations'][number],
): OrganizationChoice {
  return organization.proposedExistingId ?? 'create';
}

/** How many organizations and contacts the choices would create. */
export function tableImportCounts(
  plan: TablePlan,
  choices: ReadonlyMap<string, OrganizationChoice>,
): { organizations: number; contacts: number } {
  const proposed = new Map(
    plan.organizations.map((organization) => [organization.key, proposedChoice(organization)]),
  );
  const choiceOf = (key: string): OrganizationChoice =>
    choices.get(key) ?? proposed.get(key) ?? 'skip';
  return {
    organizations: plan.organizations.filter(
      (organization) => choiceOf(organization.key) === 'create',
    ).length,
    contacts: plan.contacts.filter(
      (contact) => !contact.existing && choiceOf(contact.organizationKey) !== 'skip',
    ).length,
  };
}

/**
 * Creates the organizations, memberships and contacts of a table import in ONE transaction,
 * through the repositories' bulk writes with source "import" and the batch id, and records what
 * was created so that the import can be undone. Existing records are never changed and nothing
 * is deleted; an organization chosen as "existing" must still exist, or nothing is written.
 */
export async function applyTableImport(
  db: RegiaDatabase,
  repositories: Repositories,
  plan: TablePlan,
  choices: ReadonlyMap<string, OrganizationChoice>,
  source: { networkId: string; fileName: string; addToNetwork: boolean },
): Promise<ExchangeBatch> {
  const tables = [
    db.organizations,
    db.memberships,
    db.contacts,
    db.exchangeBatches,
    db.auditEntries,
  ];
  return db.transaction('rw', tables, async () => {
    const chosen = plan.organizations.flatMap((organization) => {
      const choice = choices.get(organization.key) ?? proposedChoice(organization);
      return choice === 'skip' ? [] : [{ organization, choice }];
    });
    const existingIds = [
      ...new Set(chosen.flatMap(({ choice }) => (choice === 'create' ? [] : [choice]))),
    ];
    const [existing, members] = await Promise.all([
      db.organizations.bulkGet(existingIds),
      source.addToNetwork
        ? db.memberships
            .where('[networkId+organizationId]')
            .anyOf(existingIds.map((id) => [source.networkId, id]))
            .toArray()
        : [],
    ]);
    existingIds.forEach((id, index) => {
      if (!existing[index]) throw new Error(`Ente ${id} non trovato`);
    });

    const batch = await repositories.exchangeBatches.create(
      {
        networkId: source.networkId,
        direction: 'import',
        fileName: source.fileName,
        partnerOrganizationId: null,
        at: new Date().toISOString(),
        baseSnapshot: { kind: 'table', counts: tableImportCounts(plan, choices) },
      },
      { source: 'import' },
    );
    const options = { source: 'import' as const, batchId: batch.id };
    const created = await repositories.organizations.createMany(
      chosen.flatMap(({ organization, choice }) =>
        choice === 'create' ? [organization.values] : [],
      ),
      options,
    );
    const applied: AppliedChange[] = [];
    const organizationIds = new Map<string, string>();
    // Organizations already in the network, or added to it by an earlier line of this import.
    const inNetwork = new Set(members.map((member) => member.organizationId));
    const newMembers: { organizationId: string; from: string | null }[] = [];
    let createdIndex = 0;
    for (const { organization, choice } of chosen) {
      let id = choice;
      if (choice === 'create') {
        const row = created[createdIndex];
        createdIndex += 1;
        if (!row) continue;
        applied.push({ operation: 'create', table: 'organizations', recordId: row.id });
        id = row.id;
      }
      organizationIds.set(organization.key, id);
      if (!source.addToNetwork || inNetwork.has(id)) continue;
      inNetwork.add(id);
      newMembers.push({ organizationId: id, from: organization.memberSince });
    }
    const memberships = await repositories.memberships.createMany(
      newMembers.map((member) => ({
        networkId: source.networkId,
        organizationId: member.organizationId,
        role: 'partner' as const,
        votingRight: false,
        from: member.from,
      })),
      options,
    );
    const contacts = await repositories.contacts.createMany(
      plan.contacts.flatMap((contact) => {
        const organizationId = organizationIds.get(contact.organizationKey);
        return organizationId && !contact.existing ? [{ organizationId, ...contact.values }] : [];
      }),
      options,
    );
    for (const membership of memberships)
      applied.push({ operation: 'create', table: 'memberships', recordId: membership.id });
    for (const contact of contacts)
      applied.push({ operation: 'create', table: 'contacts', recordId: contact.id });
    return repositories.exchangeBatches.update(batch.id, { applied }, options);
  });
}
