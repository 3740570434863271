import { describe, expect, it } from 'vitest';
import type { ExchangeBatch } from '../../../../shared/domain';
import { partnerReturns, partnersToRemind } from '../../../../shared/exchange';
import { partnerFixture } from './exchangeFixtures';

const today = '2026-03-10';
const networkId = '0a1b2c3d-0000-4000-8000-000000000000';

/** A uuid that is easy to tell apart in a failure message. */
function uuid(digit: string, serial = 0): string {
  return `${digit.repeat(8)}-0000-4000-8000-${String(serial).padStart(12, '0')}`;
}

const partner = {
  returned: uuid('1'),
  waiting: uuid('2'),
  late: uuid('3'),
  stale: uuid('4'),
  undone: uuid('5'),
  dueToday: uuid('6'),
  answeredBeforeNewer: uuid('7'),
} as const;

function batch(fields: Partial<ExchangeBatch> & Pick<ExchangeBatch, 'id' | 'at'>): ExchangeBatch {
  return {
    createdAt: fields.at,
    updatedAt: fields.at,
    rev: 1,
    archivedAt: null,
    networkId,
    direction: 'export',
    fileName: 'scheda.xlsx',
    partnerOrganizationId: null,
    baseSnapshot: {},
    applied: [],
    undoneAt: null,
    fingerprint: null,
    ...fields,
  };
}

/** An export to a partner, its base snapshot saying when the workbook must come back. */
function exported(id: string, partnerId: string, at: string, returnBy: string): ExchangeBatch {
  const { base } = partnerFixture();
  return batch({
    id,
    at,
    partnerOrganizationId: partnerId,
    fileName: `scheda-${partnerId}.xlsx`,
    baseSnapshot: { ...base, batchId: id, partnerId, exportedAt: at, returnBy },
  });
}

/** An import of a partner's returned workbook answering one export. */
function imported(
  id: string,
  partnerId: string,
  at: string,
  exportBatchId: string,
  undoneAt: string | null = null,
): ExchangeBatch {
  return batch({
    id,
    at,
    direction: 'import',
    partnerOrganizationId: partnerId,
    fileName: 'scheda-restituita.xlsx',
    baseSnapshot: { exportBatchId },
    undoneAt,
  });
}

function networkBatches(): ExchangeBatch[] {
  return [
    exported(uuid('a', 1), partner.returned, '2026-03-01T09:00:00.000Z', '2026-03-31'),
    imported(uuid('b', 1), partner.returned, '2026-03-05T15:00:00.000Z', uuid('a', 1)),
    exported(uuid('a', 2), partner.waiting, '2026-03-01T09:00:00.000Z', '2026-03-31'),
    exported(uuid('a', 3), partner.late, '2026-02-01T09:00:00.000Z', '2026-03-09'),
    // The partner answered the February workbook after a newer one went out in March.
    exported(uuid('a', 4), partner.stale, '2026-02-01T09:00:00.000Z', '2026-02-28'),
    exported(uuid('a', 5), partner.stale, '2026-03-01T09:00:00.000Z', '2026-03-31'),
    imported(uuid('b', 4), partner.stale, '2026-03-06T11:00:00.000Z', uuid('a', 4)),
    exported(uuid('a', 6), partner.undone, '2026-02-15T09:00:00.000Z', '2026-03-01'),
    imported(
      uuid('b', 6),
      partner.undone,
      '2026-02-20T09:00:00.000Z',
      uuid('a', 6),
      '2026-02-21T09:00:00.000Z',
    ),
    exported(uuid('a', 7), partner.dueToday, '2026-03-01T09:00:00.000Z', today),
    // The old workbook came back before the new one was sent: the new one is simply awaited.
    exported(uuid('a', 8), partner.answeredBeforeNewer, '2026-01-10T09:00:00.000Z', '2026-01-31'),
    imported(uuid('b', 8), partner.answeredBeforeNewer, '2026-01-20T09:00:00.000Z', uuid('a', 8)),
    exported(uuid('a', 9), partner.answeredBeforeNewer, '2026-03-02T09:00:00.000Z', '2026-03-20'),
    // A table of organizations imported with the column mapping answers no export.
    batch({ id: uuid('c'), at: '2026-03-07T09:00:00.000Z', direction: 'import' }),
  ];
}

describe('where each partner’s workbook stands', () => {
  const returns = partnerReturns(networkBatches(), today);

  it('is returned when an import answers the partner’s latest export', () => {
    expect(returns.get(partner.returned)).toEqual({
      state: 'returned',
      exportedAt: '2026-03-01T09:00:00.000Z',
      returnBy: '2026-03-31',
      returnedAt: '2026-03-05T15:00:00.000Z',
    });
  });

  it('is awaited while the return date has not passed, the return day itself included', () => {
    expect(returns.get(partner.waiting)).toEqual({
      state: 'waiting',
      exportedAt: '2026-03-01T09:00:00.000Z',
      returnBy: '2026-03-31',
      returnedAt: null,
    });
    expect(returns.get(partner.dueToday)?.state).toBe('waiting');
  });

  it('is late once the return date has passed without an answer', () => {
    expect(returns.get(partner.late)).toEqual({
      state: 'late',
      exportedAt: '2026-02-01T09:00:00.000Z',
      returnBy: '2026-03-09',
      returnedAt: null,
    });
  });

  it('is stale when only an older workbook came back after a newer one was sent', () => {
    expect(returns.get(partner.stale)).toEqual({
      state: 'stale',
      exportedAt: '2026-03-01T09:00:00.000Z',
      returnBy: '2026-03-31',
      returnedAt: '2026-03-06T11:00:00.000Z',
    });
  });

  it('judges only the latest export, so an old answer before a new export leaves it awaited', () => {
    expect(returns.get(partner.answeredBeforeNewer)).toMatchObject({
      state: 'waiting',
      exportedAt: '2026-03-02T09:00:00.000Z',
      returnedAt: null,
    });
  });

  it('counts an import that was undone as never returned', () => {
    expect(returns.get(partner.undone)).toMatchObject({ state: 'late', returnedAt: null });
  });

  it('lists only the partners a workbook was sent to', () => {
    expect([...returns.keys()].sort()).toEqual(Object.values(partner).sort());
  });
});

describe('the partners to remind', () => {
  it('are those awaited, late or stale, never those who returned their latest workbook', () => {
    const returns = partnerReturns(networkBatches(), today);
    expect(partnersToRemind(returns).sort()).toEqual(
      [
        partner.waiting,
        partner.late,
        partner.stale,
        partner.undone,
        partner.dueToday,
        partner.answeredBeforeNewer,
      ].sort(),
    );
  });

  it('drop a partner as soon as its latest workbook is imported', () => {
    const batches = [
      ...networkBatches(),
      imported(uuid('b', 2), partner.waiting, '2026-03-09T10:00:00.000Z', uuid('a', 2)),
    ];
    const returns = partnerReturns(batches, today);
    expect(returns.get(partner.waiting)?.state).toBe('returned');
    expect(partnersToRemind(returns)).not.toContain(partner.waiting);
    expect(partnersToRemind(returns)).toContain(partner.late);
  });

  it('are nobody before any export', () => {
    expect(partnersToRemind(partnerReturns([], today))).toEqual([]);
  });
});
