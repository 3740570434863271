import { SpreadsheetError, type SpreadsheetProblem } from '../../../shared/exchange';
import type { Translate } from '../../app/RegiaContext';
import { StaleImportError } from './import/applyImport';

/** A reading problem in plain language. */
export function problemText(t: Translate, problem: SpreadsheetProblem): string {
  return t(`exchange.problem.${problem.code}`, problem.params);
}

/** The plain-language message of an error the exchange expects, or null for anything else. */
export function importErrorText(t: Translate, error: unknown): string | null {
  if (error instanceof SpreadsheetError)
    return problemText(t, { code: error.code, params: error.params });
  if (error instanceof StaleImportError) return t('exchange.import.stale');
  return null;
}
