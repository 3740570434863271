import { describe, expect, it } from 'vitest';
import { networkShownFirst } from '../../../../../renderer/features/overview/prefetchOverview';

const network = (id: string, archivedAt: string | null = null) => ({ id, archivedAt });

describe('the network the overview is read for at start-up', () => {
  it('is the chosen network while it is live', () => {
    const networks = [network('a'), network('b')];
    expect(networkShownFirst(networks, 'b')?.id).toBe('b');
  });

  it('is the first live network by name when none is chosen or the chosen one is archived', () => {
    const networks = [network('a', '2026-01-01T00:00:00.000Z'), network('b'), network('c')];
    expect(networkShownFirst(networks, null)?.id).toBe('b');
    expect(networkShownFirst(networks, 'a')?.id).toBe('b');
    expect(networkShownFirst([], null)).toBeUndefined();
  });
});
