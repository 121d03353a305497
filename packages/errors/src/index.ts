export * from './errors.ts';
export * from './input.ts';
export * from './rules.ts';
