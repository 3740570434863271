import { describe, expect, it } from 'vitest';
import { summarizeIndicator } from '../../../../../shared/projects';
import {
  removeIndicatorValue,
  saveGridValues,
  saveIndicatorValue,
} from '../../../../../renderer/features/projects/page/indicatorValueWrites';
import { createTestContext } from '../../db/testDatabase';
import { afol as partner, createProjectWithIndicator } from './projectWithIndicator';

describe('saveIndicatorValue', () => {
  it('creates a partner’s value for a period, then corrects it instead of adding a second one', async () => {
    const context = createTestContext();
    const { repositories, project, indicator } = await createProjectWithIndicator(context);
    const input = {
      indicatorId: indicator.id,
      projectId: project.id,
      organizationId: partner,
      period: '2026-Q1',
      value: 30,
      note: '',
    };
    expect((await saveIndicatorValue(context.db, repositories, input)).created).toBe(true);
    const corrected = await saveIndicatorValue(context.db, repositories, { ...input, value: 33 });
    expect(corrected.created).toBe(false);
    await saveIndicatorValue(context.db, repositories, { ...input, period: '2026-Q2', value: 7 });
    const values = await context.db.indicatorValues.where('projectId').equals(project.id).toArray();
    expect(values).toHaveLength(2);
    expect(summarizeIndicator(indicator, values, [partner]).total).toBe(40);
    const audits = await context.db.auditEntries.where('table').equals('indicatorValues').count();
    expect(audits).toBe(3);
  });

  it('removes a value when the field is emptied: it stops counting and its history stays', async () => {
    const context = createTestContext();
    const { repositories, project, indicator } = await createProjectWithIndicator(context, {
      indicator: {
        name: 'Aziende coinvolte',
        target: 40,
      },
    });
    const cell = { indicatorId: indicator.id, organizationId: partner, period: '2026-Q1' };
    await saveIndicatorValue(context.db, repositories, {
      ...cell,
      projectId: project.id,
      value: 12,
      note: '',
    });
    expect(await removeIndicatorValue(context.db, repositories, cell)).toBe(true);
    expect(await removeIndicatorValue(context.db, repositories, cell)).toBe(false);
    const values = await context.db.indicatorValues.where('projectId').equals(project.id).toArray();
    expect(summarizeIndicator(indicator, values, [partner]).total).toBe(0);
    const operations = (
      await context.db.auditEntries.where('table').equals('indicatorValues').toArray()
    ).map((entry) => entry.operation);
    expect(operations.sort()).toEqual(['archive', 'create']);
  });
});

describe('beneficiary breakdowns of a value', () => {
  it('stores the parts with the value and refuses parts that add up to more than it', async () => {
    const context = createTestContext();
    const { repositories, project, indicator } = await createProjectWithIndicator(context, {
      indicator: {
        breakdownDimensions: ['gender'],
      },
    });
    const input = {
      indicatorId: indicator.id,
      projectId: project.id,
      organizationId: partner,
      period: '2026-Q1',
      value: 20,
      note: '',
      breakdowns: [
        { dimension: 'gender' as const, category: 'women', value: 12 },
        { dimension: 'gender' as const, category: 'men', value: 8 },
      ],
    };
    const { value } = await saveIndicatorValue(context.db, repositories, input);
    expect(value.breakdowns).toEqual(input.breakdowns);
    await expect(
      saveIndicatorValue(context.db, repositories, { ...input, value: 19 }),
    ).rejects.toThrow(/gender parts add up to 20, more than the value 19/);
    const stored = await context.db.indicatorValues.get(value.id);
    expect(stored?.value).toBe(20);
  });
});

describe('saveGridValues', () => {
  it('saves a period for every partner at once: new, corrected, unchanged and removed values', async () => {
    const context = createTestContext();
    const { repositories, project, indicator } = await createProjectWithIndicator(context);
    const [first, second, third] = [
      '00000000-0000-4000-8000-0000000000a1',
      '00000000-0000-4000-8000-0000000000a2',
      '00000000-0000-4000-8000-0000000000a3',
    ];
    const cell = (organizationId: string | undefined, value: number | null) => ({
      indicatorId: indicator.id,
      projectId: project.id,
      organizationId: organizationId ?? null,
      period: '2026-Q1',
      value,
    });
    expect(
      await saveGridValues(context.db, repositories, [
        cell(first, 12),
        cell(second, 8),
        cell(third, 5),
      ]),
    ).toBe(3);
    expect(
      await saveGridValues(context.db, repositories, [
        cell(first, 12),
        cell(second, 9),
        cell(third, null),
      ]),
    ).toBe(2);
    const values = await context.db.indicatorValues.where('projectId').equals(project.id).toArray();
    expect(
      summarizeIndicator(indicator, values, [first ?? '', second ?? '', third ?? '']).byPartner.map(
        (row) => row.total,
      ),
    ).toEqual([12, 9, 0]);
  });
});
