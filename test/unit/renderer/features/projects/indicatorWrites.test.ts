import { describe, expect, it } from 'vitest';
import {
  archiveIndicator,
  saveIndicator,
  type IndicatorFields,
} from '../../../../../renderer/features/projects/page/indicatorWrites';
import { createTestContext } from '../../db/testDatabase';
import { createProject } from './projectWithIndicator';

const fields: IndicatorFields = {
  name: 'Persone prese in carico',
  kind: 'output',
  unit: 'persone',
  baseline: 0,
  target: 200,
  periodicity: 'trimestre',
  aggregation: 'sum',
  breakdownDimensions: ['gender', 'law68'],
  partnerTargets: [],
};

describe('the indicator commands', () => {
  it('add an indicator with its breakdowns, correct it and archive it, each change audited', async () => {
    const context = createTestContext();
    const { repositories, project } = await createProject(context);
    const created = await saveIndicator(repositories, project.id, fields, null);
    expect(created).toMatchObject({
      projectId: project.id,
      breakdownDimensions: ['gender', 'law68'],
    });
    const corrected = await saveIndicator(
      repositories,
      project.id,
      { ...fields, target: 180, aggregation: 'max' },
      created.id,
    );
    expect(corrected).toMatchObject({ id: created.id, target: 180, aggregation: 'max', rev: 2 });
    await archiveIndicator(repositories, created.id);
    expect((await context.db.indicators.get(created.id))?.archivedAt).not.toBeNull();
    const operations = (
      await context.db.auditEntries.where('table').equals('indicators').toArray()
    ).map((entry) => entry.operation);
    expect(operations.sort()).toEqual(['archive', 'create', 'update']);
  });
});
