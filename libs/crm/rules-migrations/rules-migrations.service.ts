import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AutomationClient } from '../../automation/client/automation-client';
import type { RulesMigrationFilter } from '../../automation/contract/rules-migration.contract';
import { InvalidFieldsError, NotFoundError, type FieldProblem } from '../../errors';
import { RulesPublisher } from '../../rules/publishing/rules-publisher';
import { type Page, type PageRequest, paginate } from '../lists/pagination';
import { type Principal } from '../users/role';
import { countCandidates, countRemaining } from './migration-candidates';
import {
  type MigratedRecordOutcome,
  RulesMigration,
  RulesMigrationRecord,
} from './rules-migration.entity';

export interface StartMigration {
  fromVersion: number;
  toVersion: number;
  filter?: RulesMigrationFilter;
  note?: string;
  batchSize?: number;
  maxRecordsPerSecond?: number | null;
}

/** A migration and where it is. */
export interface MigrationProgress {
  migration: RulesMigration;
  /** Records by outcome so far (`migrating`: its update sent, the outcome not noted yet). */
  counts: Record<MigratedRecordOutcome, number>;
  /** Records it takes and has not reached yet. */
  remaining: number;
}

const MIGRATION_SORT = { startedAt: { property: 'startedAt', kind: 'date' as const } };
const RECORD_SORT = { at: { property: 'at', kind: 'date' as const } };
export const DEFAULT_BATCH_SIZE = 50;

/**
 * Bulk migrations of a rule set's live records to another version (docs/rules.md#bulk-
 * migrations): each runs as a Temporal workflow (workflows/rules-migration); this starts it,
 * pauses, resumes and cancels it, and reads its progress and the list of a rule set's migrations.
 */
@Injectable()
export class RulesMigrationsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly publisher: RulesPublisher,
    private readonly automation: AutomationClient,
  ) {}

  async start(p: Principal, ruleSetId: string, input: StartMigration): Promise<MigrationProgress> {
    const latest = await this.publisher.latest(ruleSetId);
    if (!latest) throw new NotFoundError(`no rule set "${ruleSetId}" is published`);
    const problems: FieldProblem[] = [];
    const from = await this.publisher.content(ruleSetId, input.fromVersion);
    if (!from)
      problems.push({
        field: 'fromVersion',
        problem: `${ruleSetId} v${input.fromVersion} is not published`,
      });
    const to = await this.publisher.content(ruleSetId, input.toVersion);
    if (!to)
      problems.push({
        field: 'toVersion',
        problem: `${ruleSetId} v${input.toVersion} is not published`,
      });
    else if (input.toVersion === input.fromVersion)
      problems.push({ field: 'toVersion', problem: 'the same version as fromVersion' });
    if (problems.length) throw new InvalidFieldsError(problems);

    const em = this.orm.em.fork();
    const kind = to!.kind === 'lead' ? 'lead' : 'deal';
    const filter = input.filter ?? {};
    const migration = new RulesMigration({
      ruleSetId,
      kind,
      fromVersion: input.fromVersion,
      toVersion: input.toVersion,
      filter,
      note: input.note ?? null,
      startedById: p.userId,
      startedBy: `${p.name} (${p.userId})`,
      total: await countCandidates(em, { kind, ruleSetId, fromVersion: input.fromVersion, filter }),
      batchSize: input.batchSize ?? DEFAULT_BATCH_SIZE,
      maxRecordsPerSecond: input.maxRecordsPerSecond ?? null,
    });
    await em.persist(migration).flush();
    try {
      await this.automation.startMigration({
        migrationId: migration.id,
        kind,
        ruleSetId,
        from: migration.fromVersion,
        to: migration.toVersion,
        filter,
        batchSize: migration.batchSize,
        maxRecordsPerSecond: migration.maxRecordsPerSecond,
        by: p.userId,
      });
    } catch (error) {
      // Not started: no trace of a migration that never ran.
      await em.remove(migration).flush();
      throw error;
    }
    return this.progress(em, migration);
  }

  async get(ruleSetId: string, id: string): Promise<MigrationProgress> {
    const em = this.orm.em.fork();
    return this.progress(em, await this.find(em, ruleSetId, id));
  }

  async list(ruleSetId: string, page: PageRequest): Promise<Page<MigrationProgress>> {
    const em = this.orm.em.fork();
    const found = await paginate(em, RulesMigration, { ruleSetId }, page, MIGRATION_SORT);
    const items: MigrationProgress[] = [];
    for (const m of found.items) items.push(await this.progress(em, m));
    return { ...found, items };
  }

  /** The records a migration took, with each one's outcome and why. */
  async records(
    ruleSetId: string,
    id: string,
    outcomes: MigratedRecordOutcome[] | undefined,
    page: PageRequest,
  ): Promise<Page<RulesMigrationRecord>> {
    const em = this.orm.em.fork();
    await this.find(em, ruleSetId, id);
    return paginate(
      em,
      RulesMigrationRecord,
      { migrationId: id, ...(outcomes?.length ? { outcome: { $in: outcomes } } : {}) },
      page,
      RECORD_SORT,
    );
  }

  /** Pauses, resumes or cancels it: answered once its workflow has written the new status. */
  async control(
    ruleSetId: string,
    id: string,
    action: 'pause' | 'resume' | 'cancel',
  ): Promise<MigrationProgress> {
    const em = this.orm.em.fork();
    const migration = await this.find(em, ruleSetId, id);
    await this.automation.controlMigration(migration.id, action);
    await em.refresh(migration);
    return this.progress(em, migration);
  }

  private async find(
    em: ReturnType<MikroORM['em']['fork']>,
    ruleSetId: string,
    id: string,
  ): Promise<RulesMigration> {
    const migration = await em.findOne(RulesMigration, { id, ruleSetId });
    if (!migration) throw new NotFoundError(`no migration ${id} of "${ruleSetId}"`);
    return migration;
  }

  private async progress(
    em: ReturnType<MikroORM['em']['fork']>,
    migration: RulesMigration,
  ): Promise<MigrationProgress> {
    const rows = await em
      .getConnection()
      .execute<{ outcome: MigratedRecordOutcome; n: string }[]>(
        'select outcome, count(*) as n from rules_migration_record where migration_id = ? group by outcome',
        [migration.id],
      );
    const counts: Record<MigratedRecordOutcome, number> = {
      migrating: 0,
      migrated: 0,
      refused: 0,
      failed: 0,
    };
    for (const r of rows) counts[r.outcome] = Number(r.n);
    // A cancelled migration leaves the rest where they are: still remaining.
    const remaining =
      migration.status === 'completed'
        ? 0
        : await countRemaining(em, migration.id, {
            kind: migration.kind,
            ruleSetId: migration.ruleSetId,
            fromVersion: migration.fromVersion,
            filter: migration.filter,
          });
    return { migration, counts, remaining };
  }
}
