export * from './appProtocol';
export * from './appRequest';
