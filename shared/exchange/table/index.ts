export * from './tableFields';
export * from './tablePlan';
export * from './tableRows';
