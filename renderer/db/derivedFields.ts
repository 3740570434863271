// The derived fields are computed in shared/search, where the write path, a restore and the tests
// all find the same rule; this module keeps the database's import path stable.
export { deriveFields } from '../../shared/search';
