// Reading Electronegativity's findings and gating them against the committed allow-list.

const gatedSeverities = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

/**
 * The findings of an Electronegativity run, from the issues its runner returns. The runner is
 * called in-process rather than through its CSV report: the CLI writes that report's header and
 * its rows with two concurrent `fs.writeFile` calls, so on a busy machine the header can land
 * over the first rows and the report comes out garbled.
 */
export function findingsOfIssues(issues) {
  return issues.map((issue) => {
    const check = String(issue?.id ?? '').trim();
    const severity = String(issue?.severity?.name ?? '')
      .trim()
      .toUpperCase();
    if (!check || !severity) {
      throw new Error(
        `Electronegativity issue without a check or a severity: ${JSON.stringify(issue)}`,
      );
    }
    return {
      check,
      severity,
      file: String(issue.file ?? '').trim(),
      location: `${issue.location?.line ?? 0}:${issue.location?.column ?? 0}`,
    };
  });
}

/** The findings of medium severity or higher that no allow-list entry explains. */
export function unexplainedFindings(findings, allowList) {
  for (const entry of allowList) {
    if (!entry.reason || entry.reason.trim().length < 20) {
      throw new Error(`Allow-list entry ${entry.check} ${entry.file} lacks a reason`);
    }
  }
  return findings.filter(
    (finding) =>
      gatedSeverities.has(finding.severity) &&
      !allowList.some((entry) => entry.check === finding.check && entry.file === finding.file),
  );
}
