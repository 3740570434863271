import type { Indicator, IndicatorValue } from '../../../../shared/domain';
import { valueCorrections } from '../../../../shared/projects';
import { useRegia } from '../../../app/RegiaContext';
import { valueCorrectionText } from './correctionText';
import { HistoryList } from './HistoryList';
import { useAuditEntries } from './useAuditEntries';

type ValueHistoryProps = {
  indicator: Indicator;
  /** The project's values, archived (removed) ones too. */
  values: readonly IndicatorValue[];
  /** Organization names by id. */
  names: ReadonlyMap<string, string>;
};

/** Under an indicator's values: each value corrected or removed, with what it was before. */
export function ValueHistory({ indicator, values, names }: ValueHistoryProps) {
  const { t, locale } = useRegia();
  const ids = values.filter((value) => value.indicatorId === indicator.id).map((value) => value.id);
  const entries = useAuditEntries('indicatorValues', ids);
  const context = { t, locale, names, costItems: new Map<string, string>() };
  const lines = valueCorrections(indicator.id, values, entries).map((correction) =>
    valueCorrectionText(context, correction),
  );
  return (
    <HistoryList
      toggle={t('projects.history.values', { count: lines.length })}
      label={t('projects.history.valuesList', { name: indicator.name })}
      lines={lines}
      testId="value-history"
    />
  );
}
