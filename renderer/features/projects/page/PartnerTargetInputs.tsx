import { Alert, Fieldset, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { formatNumber } from '../../../../shared/projects';
import { useRegia } from '../../../app/RegiaContext';
import { FigureInput } from '../../../ui';
import type { Choice } from '../useProjectData';

/** The targets typed per partner, by organization id; an empty field is no target of its own. */
export type PartnerTargetEntries = Record<string, number | string>;

/** The partners' targets typed in the fields, as stored: only the partners with a number. */
export function partnerTargetsOf(
  partners: readonly Choice[],
  entries: PartnerTargetEntries,
): { organizationId: string; target: number }[] {
  return partners.flatMap((partner) => {
    const typed = entries[partner.value];
    return typeof typed === 'number' ? [{ organizationId: partner.value, target: typed }] : [];
  });
}

type PartnerTargetInputsProps<Values extends { partnerTargets: PartnerTargetEntries }> = {
  partners: readonly Choice[];
  /** The indicator's whole target, to say when the partners' parts do not add up to it. */
  target: number | string;
  form: UseFormReturnType<Values>;
};

/**
 * One field per partner for its part of the indicator's target; a partner left empty owes its
 * budget share. Parts that do not add up to the target are pointed out, not refused.
 */
export function PartnerTargetInputs<Values extends { partnerTargets: PartnerTargetEntries }>({
  partners,
  target,
  form,
}: PartnerTargetInputsProps<Values>) {
  const { t, locale } = useRegia();
  if (partners.length === 0) return null;
  const set = partnerTargetsOf(partners, form.values.partnerTargets);
  const sum = Math.round(set.reduce((total, entry) => total + entry.target, 0) * 1e6) / 1e6;
  return (
    <Fieldset legend={t('projects.partnerTarget.title')} p="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {partners.map((partner) => (
          <FigureInput
            key={partner.value}
            label={partner.label}
            description={t('projects.partnerTarget.emptyIsShare')}
            min={0}
            {...form.getInputProps(`partnerTargets.${partner.value}`)}
          />
        ))}
      </SimpleGrid>
      {set.length > 0 && typeof target === 'number' && sum !== target && (
        <Alert color="orange" variant="outline" mt="xs">
          {t('projects.partnerTarget.gap', {
            sum: formatNumber(locale, sum),
            target: formatNumber(locale, target),
          })}
        </Alert>
      )}
    </Fieldset>
  );
}
