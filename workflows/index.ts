// Every workflow the worker runs. Deterministic code only: no I/O, clocks,
// randomness, Node builtins or Nest here (eslint enforces part of this).
export { smokeWorkflow } from './smoke/smoke.workflow';
export { dealWorkflow, leadWorkflow } from './records/record.workflow';
