/** One finding of an Electronegativity run. */
export type Finding = { check: string; severity: string; file: string; location: string };
/** An explained finding: which check, in which file, and why it is not a problem. */
export type AllowEntry = { check: string; file: string; reason: string };
/** One issue as Electronegativity's runner returns it. */
export type RunnerIssue = {
  id: string;
  severity: { name: string };
  file: string;
  location?: { line: number; column: number };
};
export function findingsOfIssues(issues: readonly RunnerIssue[]): Finding[];
export function unexplainedFindings(findings: Finding[], allowList: AllowEntry[]): Finding[];
