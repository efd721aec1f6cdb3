// The pure part of the rules: importable by workflow code (no Node, no I/O).
export * from './language/rule-set';
export * from './values/duration';
export * from './language/expression';
export * from './interpreter/machine';
export * from './interpreter/interpreter';
export * from './impact/replay';
