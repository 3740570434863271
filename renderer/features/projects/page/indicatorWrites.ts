import type { Indicator } from '../../../../shared/domain';
import { useRegia } from '../../../app/RegiaContext';
import type { Repositories } from '../../../db';

/** What the indicator form writes. */
export type IndicatorFields = Pick<
  Indicator,
  | 'name'
  | 'kind'
  | 'unit'
  | 'baseline'
  | 'target'
  | 'periodicity'
  | 'aggregation'
  | 'breakdownDimensions'
  | 'partnerTargets'
>;

/** Adds an indicator to a project, or corrects one (its history stays in the audit). */
export async function saveIndicator(
  repositories: Repositories,
  projectId: string,
  fields: IndicatorFields,
  existingId: string | null,
): Promise<Indicator> {
  return existingId === null
    ? repositories.indicators.create({ projectId, ...fields })
    : repositories.indicators.update(existingId, fields);
}

/** Archives an indicator: it leaves the page and the report, its values and history stay. */
export async function archiveIndicator(repositories: Repositories, id: string): Promise<void> {
  await repositories.indicators.archive(id);
}

/** The indicator commands a component calls: add or correct, and archive. */
export type IndicatorCommands = {
  save(projectId: string, fields: IndicatorFields, existingId: string | null): Promise<Indicator>;
  archive(id: string): Promise<void>;
};

/** The indicator commands bound to the app's repositories. */
export function useIndicatorCommands(): IndicatorCommands {
  const { repositories } = useRegia();
  return {
    save: (projectId, fields, existingId) =>
      saveIndicator(repositories, projectId, fields, existingId),
    archive: (id) => archiveIndicator(repositories, id),
  };
}
