import Dexie from 'dexie';
import type { Contact, ExchangeBatch, Organization } from '../../../../shared/domain';
import {
  choiceOf,
  tableImportCount,
  tableImportSnapshot,
  type AppliedChange,
  type OrganizationChoice,
  type TablePlan,
} from '../../../../shared/exchange';
import type { Repositories, RegiaDatabase } from '../../../db';

/**
 * The ids of the organizations with a membership of the network, archived or not: an import
 * adds no second membership to any of them.
 */
export async function readMemberIds(db: RegiaDatabase, networkId: string): Promise<Set<string>> {
  // The index's keys alone: no membership is read whole.
  const keys = await db.memberships
    .where('[networkId+organizationId]')
    .between([networkId, Dexie.minKey], [networkId, Dexie.maxKey])
    .keys();
  return new Set(
    keys.flatMap((key) => (Array.isArray(key) && typeof key[1] === 'string' ? [key[1]] : [])),
  );
}

/** Which of `ids` name no organization: read by key alone, no organization read whole. */
async function missingOrganizations(db: RegiaDatabase, ids: readonly string[]): Promise<string[]> {
  const found = new Set(await db.organizations.where(':id').anyOf(ids).primaryKeys());
  return ids.filter((id) => !found.has(id));
}

/** What planning a table import reads: the organizations and contacts to compare, and the network's members. */
export async function readTablePlanningData(
  db: RegiaDatabase,
  networkId: string,
): Promise<{ organizations: Organization[]; contacts: Contact[]; memberIds: Set<string> }> {
  const [organizations, contacts, memberIds] = await Promise.all([
    db.organizations.toArray(),
    db.contacts.toArray(),
    readMemberIds(db, networkId),
  ]);
  return { organizations, contacts, memberIds };
}

/**
 * Creates the organizations, memberships and contacts of a table import in ONE transaction,
 * through the repositories' bulk writes with source "import" and the batch id, and records what
 * was created so that the import can be undone, with its counts (tableImportCount, reckoned on
 * the members read in the same transaction) for the history. Existing records are never changed
 * and nothing is deleted; an organization chosen as "existing" must still exist, or nothing is
 * written.
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
      const choice = choiceOf(organization, choices);
      return choice === 'skip' ? [] : [{ organization, choice }];
    });
    const existingIds = [
      ...new Set(chosen.flatMap(({ choice }) => (choice === 'create' ? [] : [choice]))),
    ];
    const [missing, memberIds] = await Promise.all([
      missingOrganizations(db, existingIds),
      readMemberIds(db, source.networkId),
    ]);
    const [firstMissing] = missing;
    if (firstMissing !== undefined) throw new Error(`Ente ${firstMissing} non trovato`);

    const batch = await repositories.exchangeBatches.create(
      {
        networkId: source.networkId,
        direction: 'import',
        fileName: source.fileName,
        partnerOrganizationId: null,
        at: new Date().toISOString(),
        baseSnapshot: tableImportSnapshot(
          tableImportCount(plan, choices, { addToNetwork: source.addToNetwork, memberIds }),
        ),
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
    const inNetwork = new Set(memberIds);
    const newMembers: {
      organizationId: string;
      from: string | null;
      role: TablePlan['organizations'][number]['membershipRole'];
    }[] = [];
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
      newMembers.push({
        organizationId: id,
        from: organization.memberSince,
        role: organization.membershipRole,
      });
    }
    const memberships = await repositories.memberships.createMany(
      newMembers.map((member) => ({
        networkId: source.networkId,
        organizationId: member.organizationId,
        role: member.role,
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
