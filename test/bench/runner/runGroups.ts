import type { BenchSession, MeasureGroup } from './measure';
import type { Collected } from './report';

/**
 * Runs the groups in order and collects their samples. A group that throws marks its measures
 * failed with the first line of the error and the run goes on; `only` keeps the groups with a
 * measure whose id starts with one of its prefixes.
 */
export async function runGroups(
  groups: readonly MeasureGroup[],
  session: BenchSession,
  only: readonly string[],
): Promise<Map<string, Collected>> {
  const collected = new Map<string, Collected>();
  const wanted = (id: string): boolean =>
    only.length === 0 || only.some((prefix) => id.startsWith(prefix));
  for (const group of groups) {
    const ids = group.measures.map((measure) => measure.id);
    if (group.pending !== undefined || !group.run) {
      for (const id of ids) collected.set(id, { pending: group.pending ?? 'not measured yet' });
      continue;
    }
    if (!ids.some(wanted)) continue;
    session.log(`▶ ${group.name}`);
    try {
      const result = await group.run(session);
      for (const id of ids) {
        const samples = result.samples[id];
        const note = result.notes?.[id];
        const pending = result.pending?.[id];
        collected.set(id, {
          ...(samples && samples.length > 0 ? { samples } : {}),
          ...(note ? { note } : {}),
          ...(pending ? { pending } : {}),
        });
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      session.log(`✗ ${group.name} failed: ${message}`);
      for (const id of ids) collected.set(id, { failed: message.split('\n')[0] ?? message });
    }
  }
  return collected;
}
