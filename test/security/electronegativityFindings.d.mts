/** One finding of an Electronegativity report. */
export type Finding = { check: string; severity: string; file: string; location: string };
/** An explained finding: which check, in which file, and why it is not a problem. */
export type AllowEntry = { check: string; file: string; reason: string };
export function parseFindings(csvText: string): Finding[];
export function unexplainedFindings(findings: Finding[], allowList: AllowEntry[]): Finding[];
