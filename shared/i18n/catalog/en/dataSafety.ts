import type { dataSafetyIt } from '../dataSafety';

/** English messages of backups, personal data and files handed to the system. */
export const dataSafetyEn: Record<keyof typeof dataSafetyIt, string> = {
  'backup.schema': 'Data schema: version {version}',
  'backup.schemaUpgrade':
    'This backup comes from an earlier version of Regia: its data will be upgraded to schema version {current} while it is restored.',
  'backup.findingsTitle': 'The backup can be restored, but it has some inconsistencies:',
  'backup.finding.missingReference':
    '{table}: {count, plural, one {# row refers} other {# rows refer}} to a {target} record the backup does not hold (field {field})',
  'backup.finding.attachmentSize':
    '{count, plural, one {# attachment does} other {# attachments do}} not match the declared size',
  'backup.reading': 'Reading the backup…',
  'backup.kind.full': 'full',
  'backup.kind.incremental': 'incremental',
  'backup.incrementalOf':
    'Incremental copy: the full copy of {baseDate} plus the changes recorded up to {date}.',
  'error.backupNewerSchema':
    'This backup was written by a newer version of Regia (data schema {version}; this version reads up to {current}). Restoring it would lose the data this version does not know: update Regia and try again. No data was changed.',

  'privacy.column': 'Personal data',
  'privacy.menu': 'Personal data of {name}',
  'privacy.erase': 'Erase personal data…',
  'privacy.eraseTitle': 'Erase the personal data of {name}?',
  'privacy.eraseBody':
    'This person’s name, e-mail, phone and role will be erased everywhere Regia keeps them: the record, the change log, the export snapshots and the names of attachments that mention them. Only an anonymous trace of the erasure remains. This cannot be undone; backups already saved keep the data until they expire.',
  'privacy.eraseConfirmLabel': 'To confirm, type CANCELLA',
  'privacy.eraseConfirmWord': 'CANCELLA',
  'privacy.eraseConfirm': 'Erase for good',
  'privacy.erased':
    'Personal data erased: {count, plural, one {# record cleaned} other {# records cleaned}}',
  'privacy.erasedName': 'Erased person',
  'privacy.auditErasure': 'erasure of personal data',
  'privacy.export': 'Export this person’s data',
  'privacy.exported': 'Personal data exported to {location}',

  'files.macroTitle': 'Open a document that may contain macros?',
  'files.macroBody':
    'The file “{name}” is in a format that can carry macros (executable code). Open it only if you trust who sent it.',
  'files.macroOpen': 'Open anyway',
};
