// Every workflow the worker runs. Deterministic code only: no I/O, clocks,
// randomness, Node builtins or Nest here (eslint enforces part of this).
export { dealWorkflow, leadWorkflow } from './records/record.workflow';
export { detachedEffectWorkflow } from './records/detached-effect.workflow';
export { rulesMigrationWorkflow } from './rules-migration/rules-migration.workflow';
export { activityReminderWorkflow } from './reminders/activity-reminder.workflow';
export { recordImportWorkflow } from './record-import/record-import.workflow';
