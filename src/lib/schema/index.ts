export * from './common';
export * from './kpi-row';
export * from './budget-row';
export * from './goal-row';
export * from './dimensions';
export * from './extracts';
export * from './manifest';
