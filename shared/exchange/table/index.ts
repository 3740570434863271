export * from './tableCount';
export * from './tableFields';
export * from './tablePlan';
export * from './tableRows';
export * from './valueMapping';
