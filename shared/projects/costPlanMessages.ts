import type { Project } from '../domain';
import type { Locale, MessageKey } from '../i18n';
import type { PlanGap } from './costPlan';
import { centsToEuro, formatEuro } from './money';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * Where the plan does not add up, in a sentence: the voce, partner or source by its name, what it
 * should be, what it is and the difference, in euro.
 */
export function planGapMessage(
  t: Translate,
  locale: Locale,
  project: Project,
  organizationName: (organizationId: string) => string,
  gap: PlanGap,
): string {
  const euro = (cents: number): string => formatEuro(locale, centsToEuro(cents));
  const name =
    gap.key === null
      ? ''
      : gap.kind === 'costItem'
        ? (project.costItems.find((item) => item.id === gap.key)?.name ?? '')
        : gap.kind === 'partner'
          ? organizationName(gap.key)
          : gap.key;
  return t(`projects.plan.gap.${gap.kind}`, {
    name,
    expected: euro(gap.expectedCents),
    actual: euro(gap.actualCents),
    difference: euro(gap.actualCents - gap.expectedCents),
  });
}
