import { z } from 'zod';
import type { Positions } from '../../../shared/map';
import type { RegiaDatabase } from '../../db';

// The working layout is a local preference of this machine, like the current network: it keeps
// the map in place between openings, while saved maps (MapView rows) are the shared record.
const keyOf = (networkId: string): string => `mapLayout:${networkId}`;

const positionsSchema = z.record(z.string(), z.object({ x: z.number(), y: z.number() }));

/** The positions the map of a network had when it was last shown here. */
export async function readLayoutCache(db: RegiaDatabase, networkId: string): Promise<Positions> {
  const row = await db.settings.get(keyOf(networkId));
  const parsed = positionsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : {};
}

/** Keeps the positions of a network's map for its next opening. */
export async function writeLayoutCache(
  db: RegiaDatabase,
  networkId: string,
  positions: Positions,
): Promise<void> {
  await db.settings.put({ key: keyOf(networkId), value: positions });
}
