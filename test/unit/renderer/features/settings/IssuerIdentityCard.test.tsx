// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OpenedFile } from '../../../../../shared/contract';
import { logoDataUrl } from '../../../../../shared/documents';
import { createRepositories } from '../../../../../renderer/db/repositories';
import { NetworksContext } from '../../../../../renderer/app/useNetworks';
import { IssuerIdentityCard } from '../../../../../renderer/features/settings/IssuerIdentityCard';
import { tinyPng } from '../../../shared/documents/logoFixtures';
import { createTestContext } from '../../db/testDatabase';
import { renderInApp } from '../../ui/renderInApp';

// The file the person picks in the system's dialog (the host's file picker cannot run here).
const picked: { file: OpenedFile | null } = { file: null };
vi.mock('../../../../../renderer/bridge', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../../renderer/bridge')>();
  return {
    ...actual,
    bridge: { ...actual.bridge, openFile: () => Promise.resolve(picked.file) },
  };
});

afterEach(cleanup);

async function settingsWithNetwork() {
  const context = createTestContext();
  const network = await createRepositories(context).networks.create({
    name: 'Cabina di regia Sud-Est',
  });
  renderInApp(
    <NetworksContext.Provider value={{ networks: [network], current: network }}>
      <IssuerIdentityCard />
    </NetworksContext.Provider>,
    context.db,
  );
  return { db: context.db, network };
}

describe('the letterhead in the settings', () => {
  it('saves the issuing body, its addresses, signatories and a checked logo on the current network', async () => {
    const { db, network } = await settingsWithNetwork();
    expect(screen.getByRole('heading', { name: 'Intestazione dei documenti' })).toBeTruthy();
    expect(screen.getByText('Rete: Cabina di regia Sud-Est')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Annulla' })).toBeNull();

    const type = (label: string, value: string): void => {
      fireEvent.change(screen.getByLabelText(label), { target: { value } });
    };
    type('Ente che emette i documenti', ' Città metropolitana di Milano ');
    type('Indirizzo', 'Via Vivaio 1, 20122 Milano');
    type('PEC', 'protocollo@pec.cittametropolitana.mi.it');
    type('E-mail', 'cabina.regia@cittametropolitana.mi.it');
    type('Luogo delle lettere (es. Milano)', 'Milano');
    type('Presidente (firma)', 'Anna Verdi');
    type('Segretario (firma)', 'Marco Bassi');

    picked.file = { name: 'logo.png', bytes: tinyPng };
    fireEvent.click(screen.getByRole('button', { name: /Scegli il logo/ }));
    expect(await screen.findByRole('img', { name: 'Logo attuale' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Salva l’intestazione' }));
    await vi.waitFor(async () => {
      expect(await db.networks.get(network.id)).toMatchObject({
        issuerName: 'Città metropolitana di Milano',
        issuerAddress: 'Via Vivaio 1, 20122 Milano',
        issuerPec: 'protocollo@pec.cittametropolitana.mi.it',
        issuerEmail: 'cabina.regia@cittametropolitana.mi.it',
        issuerPlace: 'Milano',
        presidentName: 'Anna Verdi',
        secretaryName: 'Marco Bassi',
        issuerLogo: logoDataUrl(tinyPng),
      });
    }, 10_000);
  }, 45_000);

  it('refuses a logo that is not a picture and a PEC that is not an address', async () => {
    const { db, network } = await settingsWithNetwork();
    picked.file = { name: 'logo.png', bytes: new TextEncoder().encode('<svg onload="x()">') };
    fireEvent.click(screen.getByRole('button', { name: /Scegli il logo/ }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Il file non è un’immagine PNG o JPEG.',
    );
    expect(screen.queryByRole('img', { name: 'Logo attuale' })).toBeNull();

    fireEvent.change(screen.getByLabelText('PEC'), { target: { value: 'protocollo.pec.it' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva l’intestazione' }));
    expect(await screen.findByText('Indirizzo e-mail non valido')).toBeTruthy();
    const stored = await db.networks.get(network.id);
    expect(stored?.rev).toBe(network.rev);
    expect(stored?.issuerPec).toBe('');
    expect(stored?.issuerLogo).toBe('');
  }, 45_000);
});
