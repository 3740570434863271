/** Office formats that can carry macros (VBA): opening one runs code if the user allows it. */
export const macroCapableExtensions = [
  'doc',
  'dot',
  'docm',
  'dotm',
  'xls',
  'xlt',
  'xlsm',
  'xltm',
  'xlsb',
  'xla',
  'xlam',
  'ppt',
  'pot',
  'pps',
  'pptm',
  'potm',
  'ppsm',
  'ppam',
] as const;

/** Whether a file's name says it may carry macros, so the user is asked before it opens. */
export function isMacroCapable(fileName: string): boolean {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0) return false;
  const extension = fileName.slice(dot + 1).toLowerCase();
  return (macroCapableExtensions as readonly string[]).includes(extension);
}
