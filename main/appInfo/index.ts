export * from './getAppInfo';
