import type { exchangeIt } from '../exchange';

/** English messages of the exchange feature. */
export const exchangeEn: Record<keyof typeof exchangeIt, string> = {
  'exchange.column.title': 'Title',
  'exchange.column.project': 'Project',
  'exchange.column.dueDate': 'Due date',
  'exchange.column.status': 'Status',
  'exchange.column.progress': 'Progress (%)',
  'exchange.column.proposedDueDate': 'Proposed new due date',
  'exchange.column.updateNote': 'Update note',
  'exchange.column.lastName': 'Last name',
  'exchange.column.firstName': 'First name',
  'exchange.column.role': 'Role',
  'exchange.column.email': 'E-mail',
  'exchange.column.phone': 'Phone',
  'exchange.column.retired': 'No longer a contact',
  'exchange.column.organizationName': 'Organization',
  'exchange.column.costItem': 'Cost item',
  'exchange.column.expenseDate': 'Date',
  'exchange.column.amount': 'Amount (€)',
  'exchange.column.documentReference': 'Document reference',
  'exchange.column.fundingSource': 'Source',
  'exchange.hint.expenseChoice': 'Pick from the list (the values are also on the Legenda sheet).',
  'exchange.hint.documentReference':
    'The expense’s document: invoice, payslip or receipt, with its number.',
  'exchange.hint.expenseNote': 'An optional note on the expense.',
  'exchange.hint.amount':
    'Amount in euro, above zero, with at most two decimals: 1234,56 or 1234.56.',
  'exchange.reason.invalidAmount':
    'Invalid amount: write a number in euro with at most two decimals, for example 1234,56.',
  'exchange.reason.unknownProject': 'Unknown project: pick one of your projects from the list.',
  'exchange.reason.unknownCostItem':
    'Cost item not known for this project: pick one from the list.',
  'exchange.reason.unknownSource': 'Source not known for this project: pick one from the list.',
  'exchange.reason.beforeProjectStart':
    'The date is before the project starts: an expense is booked within the project’s period.',
  'exchange.reason.afterProjectEnd':
    'The date is after the project ends: an expense is booked within the project’s period.',
  'exchange.reason.futureDate':
    'The date is in the future: only expenses already incurred are booked.',
  'exchange.workbook.expensesHelp':
    '• Sheet “Spese”: write one row per expense: project, cost item, date, amount, document reference (invoice, payslip, receipt), source and a note if needed. Leave the ID column empty: each row is a new expense. The date falls within the project’s period and is not in the future.',
  'exchange.legend.amount':
    'Amount in euro, above zero, with at most two decimals; a comma or a dot before the decimals.',
  'exchange.legend.expenseProject': 'One of your projects to book expenses on.',
  'exchange.legend.costItem': 'A cost item of your projects.',
  'exchange.legend.fundingSource': 'A funding source of your projects.',
  'exchange.review.newExpense': 'New expense: {document}',
  'exchange.review.createExpenseLabel': 'Record the expense of row {row}',
  'exchange.column.pec': 'PEC (certified e-mail)',
  'exchange.column.address': 'Address',
  'exchange.hint.email':
    'An e-mail address (for the PEC, the certified mail address). Emptying the cell deletes the value.',
  'exchange.hint.phone':
    'A phone number: digits, spaces and a leading +, 6 to 15 digits. Emptying the cell deletes the value.',
  'exchange.reason.invalidEmail': 'Invalid e-mail address: write it as name@domain.it.',
  'exchange.reason.invalidPhone':
    'Invalid phone number: only digits, spaces and a leading +, 6 to 15 digits.',
  'exchange.workbook.organizationHelp':
    '• Sheet “La vostra organizzazione”: if they changed, correct your organization’s PEC, e-mail, phone and address.',
  'exchange.flag.yes': 'Yes',
  'exchange.hint.flag':
    'Write “Sì” if this person is no longer your contact: the coordinators archive them. Empty: they stay.',
  'exchange.reason.invalidFlag': 'Write “Sì” or leave the cell empty.',
  'exchange.column.indicator': 'Indicator',
  'exchange.column.unit': 'Unit',
  'exchange.column.target': 'Target',
  'exchange.column.period': 'Period',
  'exchange.column.value': 'Value',
  'exchange.column.valueNote': 'Note',
  'exchange.column.id': 'ID',
  'exchange.column.revision': 'Revision',
  'exchange.column.targetShare': 'Your target share',
  'exchange.column.lastValue': 'Last value sent',
  'exchange.lastValue': '{value} ({period})',
  'exchange.lateRow': '{indicator} · {period} (late)',
  'exchange.period.quarter': 'Quarter {number} {year}',
  'exchange.period.month': '{month} {year}',
  'exchange.period.year': 'year {year}',
  'exchange.hint.period': 'The period the row’s value is for.',
  'exchange.workbook.lateValues':
    '• Rows with an earlier period are periods your organization has not reported yet: you may send the value now, late, and it is recorded for that period. Leave them empty if there is nothing to report.',
  'exchange.workbook.targetShare':
    '• “Your target share” is the part of the project’s target that falls to your organization, in proportion to its budget; “Last value sent” is your latest figure, with its period.',
  'exchange.export.period': 'Reporting period',
  'exchange.column.owner': 'Responsible organization',
  'exchange.workbook.supportedActionsHelp':
    '• “Azioni di supporto” sheet: actions of other organizations yours works on. They cannot be changed: write an update note if useful, and it will appear in the action’s timeline.',

  'exchange.workbook.title': 'Update sheet: {partner}',
  'exchange.workbook.network': 'Network: {network}',
  'exchange.workbook.sent': 'Prepared on {exportedAt} by the steering committee.',
  'exchange.workbook.returnBy': 'Please return it by {returnBy}.',
  'exchange.workbook.whatToFill': 'What to fill in',
  'exchange.workbook.actionsHelp':
    '• “Azioni” sheet: for each action update the Status (pick from the list), the Progress as a percentage (0 to 100) and, if needed, a proposed new due date and an update note. A new due date is a proposal the coordinators decide on. To propose a new action, write its Title, Status and any other field in a row at the bottom, leaving the ID column empty.',
  'exchange.workbook.contactsHelp':
    '• “Referenti” sheet: correct your contacts. To propose a new one, add a row at the bottom and leave the ID column empty. If a person is no longer your contact, write “Sì” in the “Non più referente” column.',
  'exchange.workbook.indicatorsHelp':
    '• “Indicatori” sheet: write the value reached in period {period}, with a note if useful.',
  'exchange.workbook.rulesTitle': 'Rules',
  'exchange.workbook.ruleYellow':
    '• Write only in the columns with a yellow background; the others identify the rows.',
  'exchange.workbook.ruleIds':
    '• Do not change the ID and Revision columns and do not rename the sheets: Regia needs them to find each row.',
  'exchange.workbook.ruleEmpty':
    '• A deleted row changes nothing. An emptied cell depends on its column:',
  'exchange.workbook.emptied.clears': '   – emptied means “delete this value”: {columns}.',
  'exchange.workbook.emptied.keeps':
    '   – a recorded value is not deleted by emptying the cell: {columns}.',
  'exchange.workbook.emptied.required': '   – must not be left empty: {columns}.',
  'exchange.workbook.emptied.ignored': '   – empty changes nothing: {columns}.',
  'exchange.workbook.ruleFormats':
    '• Write dates as dd/mm/yyyy (for example 05/02/2026); decimals with a comma.',
  'exchange.workbook.ruleSave':
    '• Save the file as xlsx (ods is fine too) and send it back to whoever sent it.',

  'exchange.hint.status': 'Pick the action’s status today from the list.',
  'exchange.hint.percent':
    'A number from 0 to 100: 40 means 40%. 40% and 0.4 are read as 40% too. Do not leave it empty.',
  'exchange.hint.proposedDay':
    'Only to propose moving the deadline: a date dd/mm/yyyy. Empty: the deadline stays.',
  'exchange.hint.note': 'What happened since the last update. It appears in the timeline.',
  'exchange.hint.number':
    'The value reached in the period: a number (12.5). A recorded value is not deleted by emptying the cell.',
  'exchange.hint.text': 'Free text. Emptying the cell deletes the value.',
  'exchange.hint.requiredText': 'Required: the contact’s last name.',
  'exchange.hint.day': 'A date dd/mm/yyyy.',
  'exchange.legend.field': 'Field',
  'exchange.legend.allowed': 'Allowed values',
  'exchange.legend.meaning': 'Meaning',
  'exchange.legend.status.daAvviare': 'The action has not started yet.',
  'exchange.legend.status.inCorso': 'The action is under way.',
  'exchange.legend.status.completata': 'The action is done.',
  'exchange.legend.status.bloccata': 'The action is stuck: explain why in the note.',
  'exchange.legend.status.annullata': 'The action will not be carried out.',
  'exchange.legend.progress': 'Progress percentage: 40, 40% and 0.4 all mean 40%.',
  'exchange.legend.proposedDueDate':
    'Leave empty if the due date stays the same; the steering committee reviews the proposal.',
  'exchange.legend.freeText': 'free text',
  'exchange.legend.updateNote': 'It will appear in the action’s timeline.',
  'exchange.legend.value': 'Number reached in the period; use a comma for decimals.',
  'exchange.legend.id': 'The row’s code in Regia: do not change it. Empty for a new contact.',
  'exchange.problem.fileEmpty': 'The file is empty: it holds no data.',
  'exchange.problem.fileTooLarge':
    'The file is too large ({size} MB; the limit is {limit} MB). Nothing was changed.',
  'exchange.problem.notSpreadsheet':
    'The file is not a spreadsheet (xlsx, xls, ods or csv): perhaps an image or a renamed document. Nothing was changed.',
  'exchange.problem.damaged':
    'The file is damaged or incomplete and cannot be read ({details}). Ask for it again. Nothing was changed.',
  'exchange.problem.encrypted':
    'The file is password-protected: ask for it to be saved without a password. Nothing was changed.',
  'exchange.problem.tooManyEntries':
    'The file has too many internal parts ({count}; the limit is {limit}): it does not look like a normal spreadsheet. Nothing was changed.',
  'exchange.problem.inflatesTooMuch':
    'Once decompressed the file would take {size} MB (the limit is {limit} MB): it may be hostile and is not opened. Nothing was changed.',
  'exchange.problem.inflatesMoreThanDeclared':
    'The file declares false sizes (part “{entry}” inflates to more than it declares): it may be hostile and is not opened. Nothing was changed.',
  'exchange.problem.tooManyRows':
    'Sheet “{sheet}” has too many rows (the limit is {limit}). Nothing was changed.',
  'exchange.problem.tooManyCells':
    'The file has too many cells (the limit is {limit}, counting the empty ones between column A and the last cell of each row). Nothing was changed.',
  'exchange.problem.tooManyColumns':
    'Sheet “{sheet}” has data in cell {cell}, beyond the last column allowed ({lastColumn}, column {limit}): delete the cells further right and try again. Nothing was changed.',
  'exchange.problem.rowBeyondLimit':
    'Sheet “{sheet}” has data on row {row}, beyond the limit of {limit, plural, one {# row} other {# rows}}: the file is not imported, since no row is ever dropped silently. Nothing was changed.',
  'exchange.problem.lineTooLong':
    'Line {row} of the file is too long ({length, plural, one {# character} other {# characters}}; the limit is {limit, number}): perhaps the file is not a CSV. Nothing was changed.',
  'exchange.problem.cellTooLong':
    'Cell {cell} holds a text that is too long ({length, plural, one {# character} other {# characters}}; the limit is {limit, number}). Nothing was changed.',
  'exchange.problem.noData': 'The file holds no data: there is nothing to import.',
  'exchange.problem.headersOnly':
    'The file holds only column headers and no data rows: there is nothing to import.',
  'exchange.problem.timeout':
    'Reading the file took longer than the limit ({seconds, plural, one {# second} other {# seconds}}) and was stopped. Nothing was changed.',
  'exchange.problem.notPartnerWorkbook':
    'This file is not a Regia update sheet. To import organizations or contacts from any spreadsheet use “Import organizations and contacts”.',
  'exchange.problem.unknownBatch':
    'This sheet matches no export recorded in this network (perhaps it was prepared on another computer, or that export left the history). Export a new sheet for this partner and ask for that one: action updates come only from a recorded sheet.',
  'exchange.problem.otherNetwork':
    'This sheet was prepared for another network: open that network and import it there.',
  'exchange.problem.newerFormat':
    'This sheet was prepared by a newer Regia (format {version}): update Regia to import it.',
  'exchange.problem.baseChanged':
    'The hidden sheet does not match the recorded export: the sheet was altered and is not imported.',
  'exchange.problem.alreadyImported':
    'File already imported on {date} (“{file}”): there is nothing new to propose. To import it again, first undo that import in the history.',
  'exchange.reason.unknownId': 'The ID matches no record in Regia.',
  'exchange.reason.otherPartner': 'The row belongs to another partner.',
  'exchange.reason.notInBatch': 'The row was not in the sheet sent to this partner.',
  'exchange.reason.duplicateId': 'The same ID appears in several rows: only the first counts.',
  'exchange.reason.recordMissing': 'The record no longer exists in Regia.',
  'exchange.reason.archivedInRegia': 'The record was archived in Regia after the export.',
  'exchange.reason.readOnlyColumn':
    'This column is for information only: the change is not imported.',
  'exchange.reason.required': 'A value is required.',
  'exchange.reason.invalidStatus': 'Status not allowed: pick a value from the Legenda sheet.',
  'exchange.reason.invalidDate': 'Invalid date: write it as dd/mm/yyyy.',
  'exchange.reason.invalidNumber': 'Not a number.',
  'exchange.reason.invalidPercent': 'Invalid percentage: write a number from 0 to 100.',
  'exchange.reason.outOfRange': 'The value is outside the allowed range.',
  'exchange.reason.tooLong': 'The text is too long.',
  'exchange.reason.formula':
    'The cell holds a formula: Regia imports only typed values, not formula results.',
  'exchange.reason.cannotEmpty': 'A recorded value cannot be deleted from the sheet.',
  'exchange.reason.newNotAllowed':
    'This sheet cannot create new records: new actions are agreed in the steering committee.',
  'exchange.export.title': 'Update sheets for partners',
  'exchange.export.help':
    'Each partner gets a file with its actions, contacts and indicators for the period, to fill in with Excel or LibreOffice and send back.',
  'exchange.export.returnBy': 'Return by',
  'exchange.export.all': 'Export the sheets of all partners',
  'exchange.export.one': 'Export sheet',
  'exchange.export.oneFor': 'Export sheet of {partner}',
  'exchange.export.saveTitle': 'Choose the folder to save the sheets in',
  'exchange.export.progress': 'Preparing sheets: {done} of {total}',
  'exchange.export.done': '{count, plural, one {# sheet exported} other {# sheets exported}}',
  'exchange.export.doneWhere':
    '{count, plural, one {# sheet saved} other {# sheets saved}} in {location}',
  'exchange.export.skipped': 'Nothing to send to: {names}',
  'exchange.export.nothing': 'There is nothing to send to the chosen partners.',
  'exchange.export.partner': 'Partner',
  'exchange.export.lastSent': 'Last sent',
  'exchange.export.returned': 'Return',
  'exchange.export.remind': 'To remind',
  'exchange.export.remindNone': 'No partner to remind.',
  'exchange.export.copyRemind': 'Copy the list',
  'exchange.export.copied': 'List copied',
  'exchange.return.notSent': 'Never sent',
  'exchange.return.returned': 'Returned',
  'exchange.return.waiting': 'Awaited',
  'exchange.return.late': 'Late',
  'exchange.return.stale': 'An old sheet came back',
  'exchange.return.by': 'by {date}',

  'exchange.import.title': 'Re-import the sheets you received',
  'exchange.import.help':
    'Choose a sheet returned by a partner (xlsx, xls, ods or csv): Regia shows what changed and writes nothing until you confirm.',
  'exchange.import.partnerWorkbook': 'Import a partner’s sheet…',
  'exchange.import.pickTitle': 'Choose the returned sheet',
  'exchange.import.reading': 'Reading the file…',
  'exchange.import.problemTitle': 'The file was not imported',
  'exchange.import.stale':
    'Regia’s data changed during the review: nothing was imported. Open the file again to review the changes.',
  'exchange.import.done':
    'Import done: {count, plural, =0 {workbook recorded as returned, no changes} one {# change applied} other {# changes applied}}',

  'exchange.review.title': 'Review of the sheet from {partner}',
  'exchange.review.file': 'File: {file}',
  'exchange.review.staleWarning':
    'This sheet answers an earlier export: a newer one has been sent to this partner since.',
  'exchange.review.missingRows':
    'Rows removed from the sheet: {count, plural, one {# (it changes nothing)} other {# (they change nothing)}}',
  'exchange.review.missingRow': '“{label}” ({sheetName})',
  'exchange.review.filter': 'Show',
  'exchange.review.all': 'All ({count})',
  'exchange.review.outcome.applied': 'To apply',
  'exchange.review.outcome.conflict': 'Conflicts',
  'exchange.review.outcome.new': 'New',
  'exchange.review.outcome.rejected': 'Rejected',
  'exchange.review.outcome.unchanged': 'Unchanged',
  'exchange.review.outcomeCount': '{label} ({count})',
  'exchange.review.badge.applied': 'Changed in the sheet',
  'exchange.review.badge.conflict': 'Conflict',
  'exchange.review.badge.new': 'New row',
  'exchange.review.badge.rejected': 'Rejected',
  'exchange.review.badge.unchanged': 'Unchanged',
  'exchange.review.acceptAll': 'Accept all changes without conflicts',
  'exchange.review.confirm': '{count, plural, one {Apply # change} other {Apply # changes}}',
  'exchange.review.recordReturned': 'Record as returned (no changes)',
  'exchange.review.nothingToApply':
    'The workbook brings no changes: you can record it as returned, so the partner leaves the reminder list.',
  'exchange.review.applying': 'Applying…',
  'exchange.review.where': 'Sheet and row',
  'exchange.review.whereValue': '{sheet}, row {row}',
  'exchange.review.record': 'Record',
  'exchange.review.field': 'Column',
  'exchange.review.base': 'Sent',
  'exchange.review.current': 'In Regia now',
  'exchange.review.incoming': 'In the sheet',
  'exchange.review.outcome': 'Outcome',
  'exchange.review.choice': 'Choice',
  'exchange.review.apply': 'Apply',
  'exchange.review.applyLabel': 'Apply: {record}, {field}',
  'exchange.review.createLabel': 'Apply: new contact of row {row}',
  'exchange.review.keepRegia': 'Keep Regia',
  'exchange.review.takeSheet': 'Use the sheet',
  'exchange.review.conflictLabel': 'Conflict on {record}, {field}',
  'exchange.review.emptied': '(emptied)',
  'exchange.review.noItems': 'No row in this category.',
  'exchange.review.backupNote':
    'Before applying, Regia saves an automatic backup of the current data.',
  'exchange.review.newContact': 'New contact: {name}',
  'exchange.review.newAction': 'Proposed new action: {title}',
  'exchange.review.outcome.proposed': 'Proposals',
  'exchange.review.badge.proposed': 'Partner’s proposal',
  'exchange.review.proposalLabel': 'Accept the proposal: {record}, {field}',
  'exchange.review.newActionLabel': 'Accept the new action of row {row}',
  'exchange.review.acceptProposal': 'Accept',
  'exchange.review.proposalsNote':
    '{count, plural, one {# partner’s proposal (a new action or due date) to decide one by one} other {# partner’s proposals (new actions or due dates) to decide one by one}}: “Accept all” does not apply them.',
  'exchange.review.proposedDue': 'due {date}',
  'exchange.proposal.timelineText': 'Action proposed by {partner} with the update sheet.',
  'exchange.notAccepted.title': 'Rows not accepted from {partner}’s sheet',
  'exchange.notAccepted.file': 'Returned file: {file}, reviewed on {date}.',
  'exchange.notAccepted.count':
    '{count, plural, =0 {Everything was accepted.} one {# value or row not accepted:} other {# values or rows not accepted:}}',
  'exchange.notAccepted.help':
    'The “Non accolte” sheet says where each one was in your sheet and why it was not recorded. If needed, enter the corrected data in the next sheet you receive.',
  'exchange.notAccepted.noteSheet': 'Note',
  'exchange.notAccepted.sheet': 'Not accepted',
  'exchange.notAccepted.column.sheet': 'Sheet',
  'exchange.notAccepted.column.row': 'Row',
  'exchange.notAccepted.column.record': 'Record',
  'exchange.notAccepted.column.column': 'Column',
  'exchange.notAccepted.column.value': 'Value in the sheet',
  'exchange.notAccepted.column.reason': 'Reason',
  'exchange.notAccepted.wholeRow': 'Whole row',
  'exchange.notAccepted.refused': 'Not accepted by the coordinators.',
  'exchange.notAccepted.proposalRefused': 'Proposal not accepted by the coordinators.',
  'exchange.notAccepted.conflict':
    'The data had already been updated in Regia after the export: “{current}” stays.',
  'exchange.notAccepted.download': 'Download the rows not accepted, for the partner',
  'exchange.notAccepted.fileName': 'not-accepted',
  'exchange.notAccepted.filterName': 'Excel workbook',
  'exchange.notAccepted.saved': 'File of the rows not accepted saved',
  'exchange.review.lines': 'Review lines ({count})',

  'exchange.history.title': 'Exchange history',
  'exchange.history.when': 'When',
  'exchange.history.kind': 'Kind',
  'exchange.history.partner': 'Partner',
  'exchange.history.file': 'File',
  'exchange.history.result': 'Outcome',
  'exchange.history.export': 'Export',
  'exchange.history.import': 'Import',
  'exchange.history.mapImport': 'Map import',
  'exchange.history.exportRows': '{count, plural, one {# row sent} other {# rows sent}}',
  'exchange.history.importChanges':
    '{count, plural, =0 {Returned without changes} one {# change applied} other {# changes applied}}',
  'exchange.history.undone': 'Undone on {date}',
  'exchange.history.undo': 'Undo import',
  'exchange.history.undoLabel': 'Undo import of {file}',
  'exchange.history.undoTitle': 'Undo this import?',
  'exchange.history.undoBody':
    'Every value changed by the import of “{file}” goes back to what it was; contacts and values it created are archived and its timeline entries removed. A value changed again after the import stays as it is.',
  'exchange.history.undoConfirm': 'Undo the import',
  'exchange.history.undoDone':
    'Import undone: {count, plural, one {# record restored} other {# records restored}}',
  'exchange.history.undoKept':
    'Import undone: {count, plural, one {# record restored} other {# records restored}}; {kept, plural, one {# value changed after the import was kept} other {# values changed after the import were kept}}.',
  'exchange.table.open': 'Import organizations and contacts…',
  'exchange.table.pickTitle': 'Choose the spreadsheet of organizations and contacts',
  'exchange.table.title': 'Import organizations and contacts from {file}',
  'exchange.table.sheet': 'Sheet',
  'exchange.table.mappingHelp':
    'For each column of the file choose the Regia field it holds. Regia has already recognised the headers it knows.',
  'exchange.table.column': 'Column of the file',
  'exchange.table.examples': 'Examples',
  'exchange.table.regiaField': 'Regia field',
  'exchange.table.fieldFor': 'Regia field for column “{column}”',
  'exchange.table.ignore': '— do not import —',
  'exchange.table.addToNetwork': 'Add the organizations to the network as partners',
  'exchange.table.next': 'Continue',
  'exchange.table.back': 'Back',
  'exchange.table.needName': 'Choose which column holds the organization’s name.',
  'exchange.table.summary':
    '{organizations, plural, one {# organization} other {# organizations}} ({existing, plural, other {# already in Regia}}), {contacts, plural, one {# contact} other {# contacts}}, {invalid, plural, one {# row with errors} other {# rows with errors}}',
  'exchange.table.organization': 'Organization',
  'exchange.table.rows': 'Rows',
  'exchange.table.duplicates': 'Possible duplicates',
  'exchange.table.choice': 'What to do',
  'exchange.table.choiceFor': 'What to do with “{name}”',
  'exchange.table.create': 'Create a new organization',
  'exchange.table.useExisting': 'Use “{name}”',
  'exchange.table.skip': 'Do not import',
  'exchange.table.noDuplicates': 'None',
  'exchange.table.invalidTitle': 'Cells and rows not imported',
  'exchange.table.organizationsLabel': 'Organizations in the file ({count})',
  'exchange.table.row': 'Row',
  'exchange.table.value': 'Value',
  'exchange.table.problem': 'Problem',
  'exchange.table.existingContact': '{name}: contact already in Regia, not duplicated',
  'exchange.table.confirm': 'Import',
  'exchange.table.count':
    '{organizations, plural, one {# organization} other {# organizations}} and {contacts, plural, one {# contact} other {# contacts}} created{members, plural, =0 {} one {; # organization added to the network} other {; # organizations added to the network}}',
  'exchange.table.outcome': 'With these choices: {outcome}',
  'exchange.table.done': 'Import done: {outcome}',
  'exchange.table.values.title': 'Types and roles in the file',
  'exchange.table.values.help':
    'Each value of the file becomes the Regia value chosen here. Check the proposals and change the wrong ones before continuing.',
  'exchange.table.values.text': 'Value in the file',
  'exchange.table.values.moreRows': '{text} and {count, plural, one {# more} other {# more}}',
  'exchange.table.values.regia': 'Value in Regia',
  'exchange.table.values.for': 'Regia value for “{value}” ({field})',
  'exchange.table.values.exact': 'Recognised',
  'exchange.table.values.likely': 'Proposed by Regia: check it',
  'exchange.table.values.unknown': 'Not recognised: choose the right value',
  'exchange.table.values.unknownAlert':
    '{count, plural, one {# value of the file is not recognised: unless you choose, it becomes “Other” (type) or “Partner” (role in the network).} other {# values of the file are not recognised: unless you choose, they become “Other” (type) or “Partner” (role in the network).}}',
  'exchange.table.whatHappens': 'What happens',
  'exchange.table.problemOutcome.fieldLeftOut': 'Row imported without this cell',
  'exchange.table.problemOutcome.contactLeftOut': 'Organization imported without the contact',
  'exchange.table.problemOutcome.rowLeftOut': 'Row not imported',
  'exchange.table.nothing': 'There is nothing to create with the choices made.',
  'exchange.table.problem.invalidDate': 'Invalid date: write it as dd/mm/yyyy',
  'exchange.table.problem.missingOrganization': 'The contact’s organization name is missing',
  'exchange.table.reason.taxCode': 'same tax code',
  'exchange.table.reason.vatNumber': 'same VAT number',
  'exchange.table.reason.email': 'same e-mail',
  'exchange.table.reason.sameName': 'same name',
  'exchange.table.reason.similarName': 'similar name',
  'exchange.table.field.organizationName': 'Organization: name',
  'exchange.table.field.organizationType': 'Organization: type',
  'exchange.table.field.taxCode': 'Organization: tax code',
  'exchange.table.field.vatNumber': 'Organization: VAT number',
  'exchange.table.field.comune': 'Organization: municipality',
  'exchange.table.field.provincia': 'Organization: province',
  'exchange.table.field.address': 'Organization: address',
  'exchange.table.field.organizationEmail': 'Organization: e-mail',
  'exchange.table.field.pec': 'Organization: certified e-mail',
  'exchange.table.field.organizationPhone': 'Organization: phone',
  'exchange.table.field.website': 'Organization: web site',
  'exchange.table.field.notes': 'Organization: notes',
  'exchange.table.field.memberSince': 'Organization: in the network since',
  'exchange.table.field.membershipRole': 'Organization: role in the network',
  'exchange.table.field.contactFirstName': 'Contact: first name',
  'exchange.table.field.contactLastName': 'Contact: last name',
  'exchange.table.field.contactFullName': 'Contact: full name',
  'exchange.table.field.contactRole': 'Contact: role',
  'exchange.table.field.contactEmail': 'Contact: e-mail',
  'exchange.table.field.contactPhone': 'Contact: phone',
};
