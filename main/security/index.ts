export * from './appOrigin';
export { isPermissionGranted } from './permissions';
