import type { Action } from '../domain';
import { isOpenAction, isOverdueAction } from './actionRules';

/** How many actions one organization owns in each state, and how many it supports. */
export type PartnerCounts = {
  open: number;
  overdue: number;
  completed: number;
  total: number;
  supporting: number;
};

const zero = (): PartnerCounts => ({ open: 0, overdue: 0, completed: 0, total: 0, supporting: 0 });

/** The counts of every organization that owns or supports at least one of the actions. */
export function partnerCounts(
  actions: readonly Action[],
  today: string,
): ReadonlyMap<string, PartnerCounts> {
  const counts = new Map<string, PartnerCounts>();
  const of = (id: string): PartnerCounts => {
    const existing = counts.get(id);
    if (existing) return existing;
    const created = zero();
    counts.set(id, created);
    return created;
  };
  for (const action of actions) {
    for (const supporter of action.supportingOrganizationIds) of(supporter).supporting += 1;
    if (action.ownerOrganizationId === null) continue;
    const owner = of(action.ownerOrganizationId);
    owner.total += 1;
    if (isOpenAction(action)) owner.open += 1;
    if (isOverdueAction(action, today)) owner.overdue += 1;
    if (action.status === 'completata') owner.completed += 1;
  }
  return counts;
}

/** The actions an organization owns or supports. */
export function actionsOfPartner(actions: readonly Action[], organizationId: string): Action[] {
  return actions.filter(
    (action) =>
      action.ownerOrganizationId === organizationId ||
      action.supportingOrganizationIds.includes(organizationId),
  );
}
