// The few pieces of other features the first screen (the overview) draws, taken without their
// feature's index.ts: through an index each would bring its whole feature (pages, forms, charts,
// the Word writer) into the start chunk. The app layer may reach inside a feature; features may not.
export { DueDate } from '../features/actions/DueDate';
export { requestActionFilter } from '../features/actions/requestedFilter';
export { projectPath } from '../features/projects/projectPath';
