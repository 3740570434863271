// Reading Electronegativity's CSV report and gating it against the committed allow-list.
import XLSX from 'xlsx';

const gatedSeverities = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

/** The findings of an Electronegativity CSV report (quoted fields may hold commas and newlines). */
export function parseFindings(csvText) {
  const workbook = XLSX.read(csvText, { type: 'string', raw: true });
  const sheet = workbook.Sheets[workbook.SheetNames[0]];
  const rows = XLSX.utils.sheet_to_json(sheet, { header: 1, raw: false, defval: '' });
  const [header = [], ...records] = rows;
  const column = (name) => header.findIndex((title) => String(title).trim() === name);
  const at = { check: column('issue'), severity: column('severity'), file: column('filename') };
  if (Object.values(at).some((index) => index < 0)) {
    throw new Error(`Electronegativity report without the expected columns: ${header.join(', ')}`);
  }
  return records
    .filter((record) => String(record[at.check] ?? '').trim() !== '')
    .map((record) => ({
      check: String(record[at.check]).trim(),
      severity: String(record[at.severity]).trim().toUpperCase(),
      file: String(record[at.file]).trim(),
      location: String(record[column('location')] ?? '').trim(),
    }));
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
