import type { Project } from '../domain';

/** An ente capofila of a project and the role it plays. */
export type ProjectLead = { organizationId: string; role: string };

/**
 * The enti capofila of a project, the main one (`leadOrganizationId`) first, then every partner
 * marked as capofila, each once. A project written before several capofila were possible has
 * only its main one.
 */
export function projectLeads(project: Project): ProjectLead[] {
  const leads: ProjectLead[] = [];
  const add = (organizationId: string): void => {
    if (leads.some((lead) => lead.organizationId === organizationId)) return;
    const partner = project.partners.find((entry) => entry.organizationId === organizationId);
    leads.push({ organizationId, role: partner?.role ?? '' });
  };
  if (project.leadOrganizationId) add(project.leadOrganizationId);
  for (const partner of project.partners) if (partner.lead === true) add(partner.organizationId);
  return leads;
}

/** True when an organization is one of a project's enti capofila. */
export function isProjectLead(project: Project, organizationId: string): boolean {
  return projectLeads(project).some((lead) => lead.organizationId === organizationId);
}

/** The capofila in one line, each with its role: `AFOL (capofila – sportello); Comune (…)`. */
export function leadsLabel(project: Project, name: (organizationId: string) => string): string {
  return projectLeads(project)
    .map((lead) =>
      lead.role.trim()
        ? `${name(lead.organizationId)} (${lead.role.trim()})`
        : name(lead.organizationId),
    )
    .join('; ');
}

/** The capofila's names in one line, for lists: `AFOL Metropolitana, Comune di Segrate`. */
export function leadNamesLabel(project: Project, name: (organizationId: string) => string): string {
  return projectLeads(project)
    .map((lead) => name(lead.organizationId))
    .join(', ');
}
