export { BackupPanel } from './BackupPanel';
export { afterReloadMessageKey, useBackupActions } from './useBackupActions';
