import { Injectable } from '@nestjs/common';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { AutomationClient } from '../../automation/client/automation-client';
import { TransitionRefusedError } from '../../errors';
import { checkIfMatch } from '../concurrency/if-match';
import { type CrmRecord } from '../records/crm-record.entity';
import { type Page, paginate, type PageRequest, type Sortable } from '../lists/pagination';
import { findRecord } from '../records/records';
import { type Principal } from '../users/role';
import { StageChange } from './stage-change.entity';
import { newStageChange } from './stage-history';
import { type StagedRecord } from './staged-record';

type Staged = CrmRecord & StagedRecord;

const HISTORY_SORTS: Sortable = { at: { property: 'at', kind: 'date' } };

/** The entity class of a kind of staged record (Deal, Lead). */
type StagedClass<T extends Staged> = new (...args: never[]) => T;

/**
 * Stages, history and field changes of leads and deals, in one place: moves by people go through
 * the record's workflow; the workflow's effects write the stage and its history here; a change to
 * a field the rules see reaches the workflow as `field_changed`.
 */
@Injectable()
export class RecordStagesService {
  constructor(
    private readonly orm: MikroORM,
    private readonly automation: AutomationClient,
  ) {}

  /** A stage-history row of the record, under the rules version it runs. */
  change(
    record: StagedRecord,
    from: string | null,
    to: string,
    cause: string,
    byUserId: string | null,
  ): StageChange {
    return newStageChange({
      recordType: record.kind,
      recordId: record.id,
      from,
      to,
      cause,
      byUserId,
      ruleSetId: record.ruleSetId,
      rulesVersion: record.rulesVersion,
    });
  }

  /**
   * A person's move, through the record's workflow (an Update): its validator checks the record's
   * rules and refuses with the reason before anything is written; the workflow writes the stage
   * and its history and runs what the new stage does. `refuse` adds the kind's own refusals.
   */
  async move<T extends Staged>(
    p: Principal,
    entity: StagedClass<T>,
    id: string,
    request: {
      to: string;
      override?: boolean;
      ifMatch?: string;
      /** A deal's move to a lost stage: why, and a note. */
      lossReason?: string;
      lossNote?: string;
      refuse?: (record: T) => void | Promise<void>;
    },
  ): Promise<T> {
    const record = await findRecord(this.orm.em.fork(), entity, id, p, this.what(entity), {
      forWrite: true,
    });
    checkIfMatch(request.ifMatch, record.version);
    if (record.outcome !== 'open')
      throw new TransitionRefusedError(
        `the record is already closed (${record.stageId}); a closed record does not move`,
        'closed',
      );
    await request.refuse?.(record);
    await this.automation.move(record.kind, id, {
      to: request.to,
      by: { id: p.userId, role: p.role },
      ...(request.override !== undefined ? { override: request.override } : {}),
      ...(request.lossReason !== undefined ? { lossReason: request.lossReason } : {}),
      ...(request.lossNote !== undefined ? { lossNote: request.lossNote } : {}),
    });
    return findRecord(this.orm.em.fork(), entity, id, p, this.what(entity));
  }

  /** The record's stage history, oldest first (404 or 403 as for the record). */
  async history<T extends Staged>(
    p: Principal,
    entity: StagedClass<T>,
    id: string,
    page: PageRequest,
  ): Promise<Page<StageChange>> {
    const em = this.orm.em.fork();
    const record = await findRecord(em, entity, id, p, this.what(entity));
    return paginate(
      em,
      StageChange,
      { recordType: record.kind, recordId: id },
      page,
      HISTORY_SORTS,
    );
  }

  /** Tells an open record's workflow of each field the rules see that changed since `before`. */
  async fieldsChanged(record: StagedRecord, before: Record<string, unknown>): Promise<void> {
    if (record.outcome !== 'open') return;
    for (const [field, value] of Object.entries(record.ruleFields()))
      if (JSON.stringify(value) !== JSON.stringify(before[field]))
        await this.automation.signalOrLog(record.kind, record.id, {
          type: 'field_changed',
          field,
          value,
        });
  }

  // ---- the workflow's projection (its effects) --------------------------------------------

  /**
   * Marks the record's workflow as running: what the reconciler looks for. Its version and
   * `updatedAt` stay: a client's ETag does not go stale because the automation started.
   */
  async markStarted(em: EntityManager, entity: StagedClass<Staged>, id: string): Promise<void> {
    const table = em.getMetadata().get(entity).tableName;
    await em
      .getConnection()
      .execute(
        `update "${table}" set "workflow_started_at" = now() where "id" = ? and "workflow_started_at" is null`,
        [id],
      );
  }

  /** The stage the workflow entered, and its history row (once: a repeat writes nothing). */
  async writeStage(
    em: EntityManager,
    record: StagedRecord,
    change: {
      from: string | null;
      to: string;
      at: number;
      cause: string;
      byUserId: string | null;
      ruleSetId: string;
      rulesVersion: number;
      lossReason?: string;
      lossNote?: string;
    },
  ): Promise<void> {
    const last = await em.findOne(
      StageChange,
      { recordType: record.kind, recordId: record.id },
      { orderBy: { at: 'desc', id: 'desc' } },
    );
    // The first stage is written with the record; a person's conversion writes its own stage.
    if (change.from === null && last) return;
    if (record.stageId === change.to && last?.toStage === change.to) return;
    const row = newStageChange({
      recordType: record.kind,
      recordId: record.id,
      from: change.from ?? record.stageId,
      to: change.to,
      cause: change.cause,
      byUserId: change.byUserId,
      ruleSetId: change.ruleSetId,
      rulesVersion: change.rulesVersion,
      lossReason: change.lossReason,
      lossNote: change.lossNote,
    });
    row.at = new Date(change.at);
    record.stageId = change.to;
    if (change.lossReason !== undefined || change.lossNote !== undefined)
      record.noteLoss?.(change.lossReason ?? null, change.lossNote ?? null);
    em.persist(row);
  }

  /** The record runs another version of its rules: noted in its history, the stage kept. */
  writeRulesVersion(
    em: EntityManager,
    record: StagedRecord,
    migration: { from: number; to: number; by: string; ruleSetId: string },
  ): void {
    record.rulesVersion = migration.to;
    em.persist(
      newStageChange({
        recordType: record.kind,
        recordId: record.id,
        from: record.stageId,
        to: record.stageId,
        cause: `rules v${migration.from} → v${migration.to}`,
        byUserId: migration.by,
        ruleSetId: migration.ruleSetId,
        rulesVersion: migration.to,
      }),
    );
  }

  /** How the record is named in answers: `deal`, `lead`. */
  private what(entity: StagedClass<Staged>): string {
    return entity.name.toLowerCase();
  }
}
