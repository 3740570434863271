export { buildDemoDataset } from './demoNetworks';
export { defaultDemoSeed, type DemoDataset, type DemoOptions } from './context';
