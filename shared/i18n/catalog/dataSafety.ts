/** Italian messages of backups, personal data and files handed to the system. */
export const dataSafetyIt = {
  'backup.schema': 'Schema dei dati: versione {version}',
  'backup.schemaUpgrade':
    'Il backup viene da una versione precedente di Regia: i dati saranno aggiornati alla versione {current} dello schema durante il ripristino.',
  'backup.findingsTitle': 'Il backup si può ripristinare, ma contiene delle incongruenze:',
  'backup.finding.missingReference':
    '{table}: {count, plural, one {# riga rimanda} other {# righe rimandano}} a un record di {target} che il backup non contiene (campo {field})',
  'backup.finding.attachmentSize':
    '{count, plural, one {# allegato ha} other {# allegati hanno}} una dimensione diversa da quella dichiarata',
  'backup.reading': 'Lettura del backup…',
  'backup.kind.full': 'completo',
  'backup.kind.incremental': 'incrementale',
  'backup.incrementalOf':
    'Copia incrementale: la copia completa del {baseDate} più le modifiche registrate fino al {date}.',
  'error.backupNewerSchema':
    'Questo backup è stato scritto da una versione più recente di Regia (schema dei dati {version}; questa versione arriva alla {current}). Ripristinarlo perderebbe i dati che questa versione non conosce: aggiorna Regia e riprova. Nessun dato è stato modificato.',

  'privacy.column': 'Dati personali',
  'privacy.menu': 'Dati personali di {name}',
  'privacy.erase': 'Cancella i dati personali…',
  'privacy.eraseTitle': 'Cancellare i dati personali di {name}?',
  'privacy.eraseBody':
    'Nome, e-mail, telefono e ruolo di questa persona saranno cancellati ovunque Regia li conserva: la scheda, il registro delle modifiche, le istantanee delle esportazioni e i nomi degli allegati che la nominano. Resta solo una traccia anonima della cancellazione. L’operazione non si può annullare; i backup già salvati conservano i dati fino alla loro scadenza.',
  'privacy.eraseConfirmLabel': 'Per confermare scrivi CANCELLA',
  'privacy.eraseConfirmWord': 'CANCELLA',
  'privacy.eraseConfirm': 'Cancella definitivamente',
  'privacy.erased':
    'Dati personali cancellati: {count, plural, one {# record ripulito} other {# record ripuliti}}',
  'privacy.erasedName': 'Persona cancellata',
  'privacy.auditErasure': 'cancellazione di dati personali',
  'privacy.export': 'Esporta i dati della persona',
  'privacy.exported': 'Dati della persona esportati in {location}',

  'files.macroTitle': 'Aprire un documento che può contenere macro?',
  'files.macroBody':
    'Il file «{name}» è in un formato che può contenere macro (codice eseguibile). Aprilo solo se ti fidi di chi l’ha mandato.',
  'files.macroOpen': 'Apri comunque',
} as const;
