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
});
