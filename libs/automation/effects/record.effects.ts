import { Injectable } from '@nestjs/common';
import { MikroORM, ref } from '@mikro-orm/postgresql';
import { ActivitiesService } from '../../crm/activities/activities.service';
import { Deal } from '../../crm/deals/deal.entity';
import { DealsService } from '../../crm/deals/deals.service';
import { DealDocumentsService } from '../../crm/documents/deal-documents.service';
import { DocumentLifecycleService } from '../../crm/documents/document-lifecycle.service';
import { LeadsService } from '../../crm/leads/leads.service';
import { RecordStagesService } from '../../crm/stages/record-stages.service';
import { UpcomingAutomationService } from '../../crm/upcoming/upcoming-automation.service';
import { AssignmentService } from '../../crm/users/assignment.service';
import { type RecordSnapshot, type RuleSet } from '../../rules';
import { RulesPublisher } from '../../rules/publishing/rules-publisher';
import { type DocumentDeadline } from '../contract/automation.contract';
import { type EffectInput, type RecordEffectsApi } from '../contract/effects.contract';
import { RecordInputLog } from '../input-log/record-input-log';
import { renderRuleText } from '../client/rendered-view';
import { EffectLedger } from './effect-ledger';
import { entityOf, recordOf, rowOf, snapshotOf } from './records-by-kind';
import { rulesOf } from './rule-mailer';
import { ruleCustomValue } from '../../crm/custom-fields/custom-fields.service';

/**
 * What the record workflows write on their record: each effect one call to the service that owns
 * it, run once per workflow and key (EffectLedger). `setField`, `assign` and `createActivity` are
 * what the set_field, assign and create_activity actions' effects call (libs/rules/actions, bound
 * by the worker).
 */
@Injectable()
export class RecordEffects implements RecordEffectsApi {
  constructor(
    private readonly orm: MikroORM,
    private readonly ledger: EffectLedger,
    private readonly rules: RulesPublisher,
    private readonly stages: RecordStagesService,
    private readonly deals: DealsService,
    private readonly leads: LeadsService,
    private readonly dealDocuments: DealDocumentsService,
    private readonly activities: ActivitiesService,
    private readonly assignment: AssignmentService,
    private readonly upcoming: UpcomingAutomationService,
    private readonly inputLog: RecordInputLog,
    private readonly lifecycle: DocumentLifecycleService,
  ) {}

  /** Not through the ledger: each entry is written once by its number (the log's own key). */
  logInputs(input: EffectInput<'logInputs'>): Promise<void> {
    return this.inputLog.append(input);
  }

  /** Not through the ledger: it writes the whole current state, so a repeat writes the same. */
  async syncPendingAutomation(input: EffectInput<'syncPendingAutomation'>): Promise<void> {
    const rules = await rulesOf(this.rules, input).catch(() => null);
    // Descriptions quote follow-up subjects as the rules wrote them (`Call {{lead.name}}`): My day
    // shows them as the activity reads, rendered for the record (as the automation view does).
    let timers = input.timers;
    if (timers.some((t) => t.description.includes('{{'))) {
      const record = await recordOf(this.orm.em.fork(), input.kind, input.recordId).catch(
        () => null,
      );
      if (record) {
        const snapshot = snapshotOf(record);
        timers = timers.map((t) => ({
          ...t,
          description: renderRuleText(t.description, snapshot),
        }));
      }
    }
    await this.upcoming.replace({ ...input, timers }, rules);
  }

  async begin(
    input: EffectInput<'begin'>,
  ): Promise<{ rules: RuleSet; snapshot?: RecordSnapshot; deadlines?: DocumentDeadline[] }> {
    const rules = await this.loadRules(input);
    const deadlines = input.deadlines
      ? { deadlines: await this.lifecycle.deadlinesOf(this.orm.em.fork(), input.recordId) }
      : {};
    if (!input.snapshot) return { rules, ...deadlines };
    return { rules, snapshot: await this.loadSnapshot(input), ...deadlines };
  }

  loadRules(input: EffectInput<'loadRules'>): Promise<RuleSet> {
    return rulesOf(this.rules, input);
  }

  /** The record as the rules see it; marks the record's workflow as running (the reconciler). */
  async loadSnapshot(input: EffectInput<'loadSnapshot'>): Promise<RecordSnapshot> {
    const em = this.orm.em.fork();
    await this.stages.markStarted(em, entityOf(input.kind), input.recordId);
    return snapshotOf(await recordOf(em, input.kind, input.recordId));
  }

  async recordStage(input: EffectInput<'recordStage'>): Promise<void> {
    await this.ledger.once(input, async (em) =>
      this.stages.writeStage(em, await rowOf(em, input.kind, input.recordId), {
        from: input.from,
        to: input.to,
        at: input.at,
        cause: input.cause,
        byUserId: input.byUserId,
        ruleSetId: input.ruleSetId,
        rulesVersion: input.version,
        lossReason: input.lossReason,
        lossNote: input.lossNote,
      }),
    );
  }

  async closeRecord(input: EffectInput<'closeRecord'>): Promise<void> {
    await this.ledger.once(input, async (em) => {
      const record = await rowOf(em, input.kind, input.recordId);
      const at = new Date(input.at);
      if (record instanceof Deal)
        await this.deals.close(record, input.outcome, at, () =>
          this.dealDocuments.receivedOn(em, record.id),
        );
      else this.leads.close(record, input.outcome, at);
    });
  }

  async recordRulesVersion(input: EffectInput<'recordRulesVersion'>): Promise<void> {
    await this.ledger.once(input, async (em) =>
      this.stages.writeRulesVersion(em, await rowOf(em, input.kind, input.recordId), {
        from: input.from,
        to: input.version,
        by: input.by,
        ruleSetId: input.ruleSetId,
      }),
    );
  }

  async setField(input: EffectInput<'setField'>): Promise<void> {
    await this.ledger.once(input, async (em) => {
      const record = await rowOf(em, input.kind, input.recordId);
      // A custom field's value is checked against its definition, as a person's write is.
      const [root, part, code, ...rest] = input.field.split('.');
      const value =
        root === input.kind && part === 'custom' && code && rest.length === 0
          ? ((await ruleCustomValue(em, input.kind, code, input.value)) as typeof input.value)
          : input.value;
      record.setRuleField(input.field, value);
    });
  }

  assign(input: EffectInput<'assign'>): Promise<{ responsibleId: string }> {
    return this.ledger.once(input, async (em) => {
      const record = await rowOf(em, input.kind, input.recordId);
      const user = await this.assignment.resolve(em, input.assignee, record.responsible.id);
      record.responsible = ref(user);
      return { responsibleId: user.id };
    });
  }

  async createActivity(input: EffectInput<'createActivity'>): Promise<{ activityId: string }> {
    const created = await this.ledger.once(input, async (em) => {
      const record = await recordOf(em, input.kind, input.recordId);
      const responsible = await this.assignment.resolve(em, input.assignee, record.responsible.id);
      const activity = this.activities.createAutomated(em, record, snapshotOf(record), {
        type: input.activity,
        subject: input.subject,
        description: input.description ?? null,
        dueAt: new Date(input.dueAt),
        responsible,
        automationKey: `${input.workflowId}/${input.key}`,
        ...(input.remindBeforeMinutes !== undefined
          ? { remindBeforeMinutes: input.remindBeforeMinutes }
          : {}),
      });
      return { activityId: activity.id };
    });
    // After the commit, as the API does for an activity a person makes; a retry times it again
    // (a signal with the same time), or not at all once the activity is done.
    if (input.remindBeforeMinutes !== undefined)
      await this.activities.timeAutomatedReminder(created.activityId);
    return created;
  }
}
