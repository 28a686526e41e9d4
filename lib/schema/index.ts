export * from './step';
export * from './messages';
export * from './batch';
export * from './uuid';
