import type { FieldProblem, FieldProblems } from '../../../shared/roster';
import type { Translate } from '../../app/RegiaContext';

/** The sentence shown under a field for one of its problems. */
export function problemMessage(t: Translate, problem: FieldProblem): string {
  return t(`roster.problem.${problem}`);
}

/** The problems of a form's fields as the messages Mantine's form shows at each field. */
export function problemMessages<Field extends string>(
  t: Translate,
  problems: FieldProblems<Field>,
): Partial<Record<Field, string>> {
  const messages: Partial<Record<Field, string>> = {};
  for (const field in problems) {
    const problem = problems[field];
    if (problem) messages[field] = problemMessage(t, problem);
  }
  return messages;
}
