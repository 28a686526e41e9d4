export * from './step';
export * from './messages';
export * from './batch';
export * from './uuid';
export * from './describe';
