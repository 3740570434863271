import { z } from 'zod';
import type { PlannedOrganization, TablePlan } from './tablePlan';

/** What to do with an organization of the file: `create` it, `skip` it, or use the existing one with this id. */
export type OrganizationChoice = string;

/** The choice Regia proposes: the likely duplicate, else a new organization. */
export function proposedChoice(organization: PlannedOrganization): OrganizationChoice {
  return organization.proposedExistingId ?? 'create';
}

/** The choice for each organization of the plan: the person's, else Regia's proposal. */
export function choiceOf(
  organization: PlannedOrganization,
  choices: ReadonlyMap<string, OrganizationChoice>,
): OrganizationChoice {
  return choices.get(organization.key) ?? proposedChoice(organization);
}

/** What a table import writes: organizations and contacts created, organizations added to the network. */
export type TableImportCount = { organizations: number; contacts: number; members: number };

/** Where the import adds its organizations: whether it does, and who is in the network already. */
export type TableNetworkTarget = { addToNetwork: boolean; memberIds: ReadonlySet<string> };

const tableCountSchema = z.object({
  organizations: z.number().int().min(0),
  contacts: z.number().int().min(0),
  members: z.number().int().min(0).default(0),
});

/**
 * How many records a table import makes with these choices: each organization to create, each
 * new contact of an organization not skipped, and each organization (new, or existing and not
 * yet a member, counted once however many lines name it) that joins the network. The review,
 * the notice after importing and the history all say these numbers: the import stores them on
 * its batch, and the history reads them from there.
 */
export function tableImportCount(
  plan: TablePlan,
  choices: ReadonlyMap<string, OrganizationChoice>,
  network: TableNetworkTarget,
): TableImportCount {
  const choiceByKey = new Map(
    plan.organizations.map((organization) => [organization.key, choiceOf(organization, choices)]),
  );
  const chosen = [...choiceByKey.values()].filter((choice) => choice !== 'skip');
  const created = chosen.filter((choice) => choice === 'create').length;
  const joining = new Set(
    chosen.filter((choice) => choice !== 'create' && !network.memberIds.has(choice)),
  );
  return {
    organizations: created,
    contacts: plan.contacts.filter(
      (contact) =>
        !contact.existing && (choiceByKey.get(contact.organizationKey) ?? 'skip') !== 'skip',
    ).length,
    members: network.addToNetwork ? created + joining.size : 0,
  };
}

/** The number of records a table import makes, all kinds together. */
export function tableChangeCount(count: TableImportCount): number {
  return count.organizations + count.contacts + count.members;
}

/** What a table import stores on its batch: its kind, its counts and their total for the history. */
export function tableImportSnapshot(count: TableImportCount): Record<string, unknown> {
  return { kind: 'table', counts: count, changeCount: tableChangeCount(count) };
}

/** The counts a table import stored on its batch, or null for any other batch. */
export function recordedTableCount(baseSnapshot: Record<string, unknown>): TableImportCount | null {
  if (baseSnapshot.kind !== 'table') return null;
  const parsed = tableCountSchema.safeParse(baseSnapshot.counts);
  return parsed.success ? parsed.data : null;
}
