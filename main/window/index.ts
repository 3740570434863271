export * from './createMainWindow';
export * from './hardenWebContents';
