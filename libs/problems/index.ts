export * from './problem-types';
export * from './problem.exception';
