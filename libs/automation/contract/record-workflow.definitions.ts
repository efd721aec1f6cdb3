import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  AutomationView,
  ExternalEvent,
  MoveRequest,
  MoveResult,
  RulesMigrationRequest,
} from './automation.contract';

// The messages of the lead and deal workflows. Plain definitions: the API imports them too.

/** Something happened to the record: an activity done, a quote answered, an invoice paid. */
export const recordEventSignal = defineSignal<[ExternalEvent]>('recordEvent');

/** A person moves the record; the validator refuses what the rules forbid, before anything is written. */
export const moveUpdate = defineUpdate<MoveResult, [MoveRequest]>('move');

/** Runs the record on another version of its rules from the next safe point. */
export const migrateRulesUpdate = defineUpdate<{ version: number }, [RulesMigrationRequest]>(
  'migrateRules',
);

/** What the automation is doing: stage, timers, open follow-ups, last events. */
export const automationQuery = defineQuery<AutomationView>('automation');
