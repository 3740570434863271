import { buildActions } from './actionBuilder';
import { createDemoContext, type DemoDataset, type DemoOptions } from './context';
import { disabilityActionSpecs, disabilityMeetingSpecs } from './disabilityMeetings';
import {
  disabilityNetworkSpec,
  disabilityProjectSpecs,
  disabilityRelationshipSpecs,
} from './disabilityNetwork';
import { buildMeetings } from './meetingBuilder';
import { buildNetwork } from './networks';
import { disabilityOrganizationSpecs, sudEstOrganizationSpecs } from './organizationSpecs';
import { buildProjects } from './projectBuilder';
import { buildRelationships } from './relationshipBuilder';
import { buildContacts, buildOrganizations } from './roster';
import { sudEstMeetingActionSpecs } from './sudEstActions';
import { sudEstMeetingSpecs } from './sudEstMeetings';
import { sudEstNetworkSpec } from './sudEstNetwork';
import { sudEstOngoingActionSpecs } from './sudEstOngoingActions';
import { sudEstProjectSpecs } from './sudEstProjects';
import { sudEstRelationshipSpecs } from './sudEstRelationships';

/**
 * Builds the demo: the Sud-Est Milano cabina di regia and the metropolitan disability network,
 * with meetings, actions and indicator values placed around `now`. The same seed and `now`
 * give the same dataset.
 */
export function buildDemoDataset(options: DemoOptions): DemoDataset {
  const context = createDemoContext(options);
  const { calendar } = context;
  const organizationSpecs = [...sudEstOrganizationSpecs, ...disabilityOrganizationSpecs];
  buildOrganizations(context, organizationSpecs);
  buildContacts(context, organizationSpecs);

  const sudEst = buildNetwork(context, sudEstNetworkSpec(calendar));
  buildProjects(context, sudEst, sudEstProjectSpecs(calendar));
  buildMeetings(context, sudEst, sudEstMeetingSpecs(calendar));
  buildActions(context, sudEst, [...sudEstMeetingActionSpecs, ...sudEstOngoingActionSpecs]);
  buildRelationships(context, sudEst, sudEstRelationshipSpecs(calendar));

  const disability = buildNetwork(context, disabilityNetworkSpec(calendar));
  buildProjects(context, disability, disabilityProjectSpecs(calendar));
  buildMeetings(context, disability, disabilityMeetingSpecs(calendar));
  buildActions(context, disability, disabilityActionSpecs);
  buildRelationships(context, disability, disabilityRelationshipSpecs(calendar));

  return context.dataset;
}
