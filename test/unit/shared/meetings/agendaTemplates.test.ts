import { describe, expect, it } from 'vitest';
import {
  isActionsProgressItem,
  nextItemOrder,
  reorderItems,
  templateItems,
} from '../../../../shared/meetings';

const items = (...ids: string[]) => ids.map((id, index) => ({ id, order: index + 1 }));

describe('agenda templates', () => {
  it('open with the approval of the previous minutes and close with "Varie ed eventuali"', () => {
    const { before, after } = templateItems('ordinaria', ['Monitoraggio']);
    expect(before.map((item) => item.title)).toEqual([
      'Approvazione del verbale della seduta precedente',
    ]);
    expect(after.map((item) => item.title)).toEqual(['Varie ed eventuali']);
  });

  it('add the actions’ progress after the approval when asked', () => {
    const { before } = templateItems('conAvanzamento', []);
    expect(before.map((item) => item.title)).toEqual([
      'Approvazione del verbale della seduta precedente',
      'Stato di avanzamento delle azioni',
    ]);
  });

  it('add nothing the agenda already has, whatever its case and accents', () => {
    const { before, after } = templateItems('ordinaria', [
      'approvazione del verbale della seduta precedente',
      'VARIE ED EVENTUALI',
    ]);
    expect(before).toEqual([]);
    expect(after).toEqual([]);
  });

  it('recognise the actions’ progress item by its title', () => {
    expect(isActionsProgressItem({ title: 'Stato di avanzamento delle azioni' })).toBe(true);
    expect(isActionsProgressItem({ title: 'Stato di avanzamento delle azioni al 30 giugno' })).toBe(
      true,
    );
    expect(isActionsProgressItem({ title: 'Varie ed eventuali' })).toBe(false);
  });
});

describe('agenda order', () => {
  it('moves an item and renumbers only the items whose place changed', () => {
    expect(reorderItems(items('a', 'b', 'c', 'd', 'e'), 1, 3)).toEqual([
      { id: 'c', order: 2 },
      { id: 'd', order: 3 },
      { id: 'b', order: 4 },
    ]);
  });

  it('closes the gaps left by a removed item', () => {
    const gaps = [
      { id: 'a', order: 1 },
      { id: 'c', order: 3 },
      { id: 'd', order: 4 },
    ];
    expect(reorderItems(gaps, 0, 0)).toEqual([
      { id: 'c', order: 2 },
      { id: 'd', order: 3 },
    ]);
  });

  it('ignores a move outside the agenda', () => {
    expect(reorderItems(items('a', 'b'), 0, 5)).toEqual([]);
  });

  it('puts a new item after the last one', () => {
    expect(nextItemOrder([])).toBe(1);
    expect(nextItemOrder(items('a', 'b', 'c'))).toBe(4);
  });
});
