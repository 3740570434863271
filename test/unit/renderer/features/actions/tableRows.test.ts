import { describe, expect, it } from 'vitest';
import { tableLinesOf } from '../../../../../renderer/features/actions/tableRows';
import { actionWith, afol, names, segrate } from '../../../shared/actions/actionFixture';

describe('the lines of the action table', () => {
  const actions = [
    actionWith({ title: 'Prima', ownerOrganizationId: segrate }),
    actionWith({ title: 'Seconda', ownerOrganizationId: null }),
    actionWith({ title: 'Terza', ownerOrganizationId: afol }),
    actionWith({ title: 'Quarta', ownerOrganizationId: segrate }),
  ];

  it('are the actions themselves when not grouped', () => {
    expect(tableLinesOf(actions, 'none', names).map((line) => line.kind)).toEqual([
      'action',
      'action',
      'action',
      'action',
    ]);
  });

  it('put a heading with the count before each owner’s actions, those without owner last', () => {
    const lines = tableLinesOf(actions, 'owner', names).map((line) =>
      line.kind === 'group' ? `# ${line.name ?? '—'} (${line.count})` : line.action.title,
    );
    expect(lines).toEqual([
      '# AFOL Metropolitana (1)',
      'Terza',
      '# Comune di Segrate (2)',
      'Prima',
      'Quarta',
      '# — (1)',
      'Seconda',
    ]);
  });

  it('keep one line per action, grouped or not, so a filter or a grouping builds none again', () => {
    const plain = tableLinesOf(actions, 'none', names);
    const grouped = tableLinesOf(actions, 'owner', names);
    const lineOfTitle = (lines: typeof plain, title: string) =>
      lines.find((line) => line.kind === 'action' && line.action.title === title);
    expect(lineOfTitle(grouped, 'Terza')).toBe(lineOfTitle(plain, 'Terza'));
    const changed = actionWith({ ...actions[2], title: 'Terza, rivista' });
    const again = tableLinesOf([changed], 'none', names);
    expect(again[0]).not.toBe(lineOfTitle(plain, 'Terza'));
    expect(again[0]?.kind === 'action' && again[0].action.title).toBe('Terza, rivista');
  });
});
