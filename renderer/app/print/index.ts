export { PrintRoot } from './PrintRoot';
