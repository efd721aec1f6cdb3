// Workflows that exist only for tests.
export * from './rules-probe.workflow';
export * from './time-skipping.workflow';
