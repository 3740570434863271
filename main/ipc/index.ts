export * from './registerIpcHandlers';
export * from './validatedHandler';
