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
  const choiceOf = (key: string): OrganizationChoice => {
    const organization = plan.organizations.find((candidate) => candidate.key === key);
    return choices.get(key) ?? (organization ? proposedChoice(organization) : 'skip');
  };
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
 * through the repositories with source "import" and the batch id, and records what was created
 * so that the import can be undone. Existing records are never changed and nothing is deleted.
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
    const applied: AppliedChange[] = [];
    const organizationIds = new Map<string, string>();
    for (const organization of plan.organizations) {
      const choice = choices.get(organization.key) ?? proposedChoice(organization);
      if (choice === 'skip') continue;
      let id = choice;
      if (choice === 'create') {
        const created = await repositories.organizations.create(organization.values, options);
        applied.push({ operation: 'create', table: 'organizations', recordId: created.id });
        id = created.id;
      } else if (!(await db.organizations.get(choice)))
        throw new Error(`Ente ${choice} non trovato`);
      organizationIds.set(organization.key, id);
      if (!source.addToNetwork) continue;
      const member = await db.memberships
        .where('[networkId+organizationId]')
        .equals([source.networkId, id])
        .first();
      if (member) continue;
      const membership = await repositories.memberships.create(
        {
          networkId: source.networkId,
          organizationId: id,
          role: 'partner',
          votingRight: false,
          from: organization.memberSince,
        },
        options,
      );
      applied.push({ operation: 'create', table: 'memberships', recordId: membership.id });
    }
    for (const contact of plan.contacts) {
      const organizationId = organizationIds.get(contact.organizationKey);
      if (!organizationId || contact.existing) continue;
      const created = await repositories.contacts.create(
        { organizationId, ...contact.values },
        options,
      );
      applied.push({ operation: 'create', table: 'contacts', recordId: created.id });
    }
    return repositories.exchangeBatches.update(batch.id, { applied }, options);
  });
}
