export { PersonDataMenu } from './PersonDataMenu';
