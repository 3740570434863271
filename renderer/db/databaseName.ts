/** The name of the IndexedDB database on the app's origin. */
export const databaseName = 'regia';
