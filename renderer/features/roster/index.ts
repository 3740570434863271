export { openNewOrganizationModal } from './openNewOrganizationModal';
export { RosterPage } from './RosterPage';
export { OrganizationPage } from './organization/OrganizationPage';
export { organizationPath, organizationRoute } from './organizationPath';
export { mergeOrganizations, type MergeContext } from './merge/mergeOrganizations';
