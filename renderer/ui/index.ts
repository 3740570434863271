export { openFormModal, type FormModalOptions } from './formModal/openFormModal';
export { useFormModal, type FormModalControls } from './formModal/FormModalContext';
export { GuardedForm } from './form/GuardedForm';
export { FormFooter } from './form/FormFooter';
export { NameForm } from './form/NameForm';
export { useSubmitOnce, type SubmitOnce, type SubmitOutcome } from './form/useSubmitOnce';
export { useSubmitting } from './form/SubmittingContext';
export { useLeaveGuard } from './form/useLeaveGuard';
export { RangeInputs, endAfterStart, rangeError } from './inputs/RangeInputs';
export { MoneyInput } from './inputs/MoneyInput';
export { FigureInput } from './inputs/FigureInput';
export { ChoiceSelect } from './inputs/ChoiceSelect';
export { RepeatableRows, type RepeatableColumn } from './repeatableRows/RepeatableRows';
export { ScrollableTable } from './table/ScrollableTable';
export {
  VirtualTable,
  type VirtualColumn,
  type VirtualRowProps,
} from './virtualTable/VirtualTable';
export {
  useAutosavedText,
  type AutosavedText,
  type AutosaveStatus,
} from './autosave/useAutosavedText';
export { readDraft, writeDraft, removeDraft } from './autosave/draftStore';
export {
  RecordListPanel,
  type ListedRecord,
  type RecordCommands,
} from './recordList/RecordListPanel';
export { RecordTable, type RecordColumn } from './recordList/RecordTable';
export { RowCommands } from './recordList/RowCommands';
export { FigureTable, type Figure } from './figureTable/FigureTable';
export { IconButton } from './buttons/IconButton';
